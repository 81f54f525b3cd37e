namespace Analysenotater.Statistics.Representativeness;

/// <summary>
/// A computed row of a <see cref="RepresentativenessTable"/>: the margin, the difference (percentage points or units),
/// the standardised difference, and the test against the reference (NaN when the sample n or SD is unknown).
/// </summary>
/// <param name="Margin">The input row.</param>
/// <param name="Difference">Sample − reference, in percentage points (percent rows) or the variable's unit (mean rows).</param>
/// <param name="StandardisedDifference">Difference over the pooled SD (Austin 2009); NaN when an SD is missing.</param>
/// <param name="Z">The z statistic against the reference taken as known; NaN without n (or SD for a mean).</param>
/// <param name="P">The two-sided normal p of <paramref name="Z"/>.</param>
public sealed record RepresentativenessRow(ReferenceMargin Margin, double Difference, double StandardisedDifference, double Z, double P);
