namespace Analysenotater.Kernel.Interpreting;

/// <summary>Completions at a cursor, with the UTF-16 span of code they replace. Immutable.</summary>
/// <param name="Matches">The completions, best first; empty when there are none.</param>
/// <param name="ReplaceStart">UTF-16 index where the replaced span starts.</param>
/// <param name="ReplaceEnd">UTF-16 index where the replaced span ends (usually the cursor).</param>
public sealed record CompletionOutcome(IReadOnlyList<CompletionMatch> Matches, int ReplaceStart, int ReplaceEnd);
