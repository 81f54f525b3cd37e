namespace Analysenotater.Disclosure;

/// <summary>The levels a release may show per group, after the release's own rule and the ledger of earlier releases.</summary>
/// <param name="Levels">Per group (in <see cref="ReleaseProposal.Groups"/> order): what may be shown.</param>
/// <param name="LoweredByLedger">Per group: true when the level is lower than the release alone would show, because of what was released before from the same data.</param>
internal sealed record ReleaseDecision(DisclosureLevel[] Levels, bool[] LoweredByLedger)
{
    /// <summary>True when some group was lowered because of earlier releases.</summary>
    public bool AnyLoweredByLedger => Array.Exists(LoweredByLedger, x => x);
}
