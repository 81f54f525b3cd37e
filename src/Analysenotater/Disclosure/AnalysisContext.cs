namespace Analysenotater.Disclosure;

/// <summary>
/// Settings every analysis runs under. Disclosure control is part of it and on by default
/// (<see cref="DisclosurePolicy.KoRus2017"/>); no default turns it off. Pass a context to tables and scorers, or
/// rely on <see cref="Default"/>: <c>var ctx = AnalysisContext.Default with { Disclosure = DisclosurePolicy.MinimumFive };</c>
/// </summary>
public sealed record AnalysisContext
{
    /// <summary>The default context: KoRus 2017 disclosure tiers.</summary>
    public static AnalysisContext Default { get; } = new();

    /// <summary>The disclosure-control policy applied to every group and cell a result emits.</summary>
    public DisclosurePolicy Disclosure { get; init; } = DisclosurePolicy.KoRus2017;

    /// <summary>A context with another disclosure policy.</summary>
    public AnalysisContext WithDisclosure(DisclosurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return this with { Disclosure = policy };
    }
}
