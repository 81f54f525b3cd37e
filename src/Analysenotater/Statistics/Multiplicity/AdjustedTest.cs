namespace Analysenotater.Statistics.Multiplicity;

/// <summary>One test of a family with its raw and adjusted p-value.</summary>
/// <param name="Name">The test's name.</param>
/// <param name="P">The raw p-value.</param>
/// <param name="AdjustedP">The adjusted p-value (as R's p.adjust).</param>
/// <param name="Rank">1-based rank of the raw p-value in the family (ties keep input order).</param>
public sealed record AdjustedTest(string Name, double P, double AdjustedP, int Rank);
