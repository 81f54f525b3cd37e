namespace Analysenotater.Plotting.Dimensions;

/// <summary>One dimension of a municipal report as released results: the unit's scores, the published benchmark and the previous round's scores.</summary>
/// <param name="Dimension">The dimension name (for example «Tilgjengelighet»).</param>
/// <param name="Unit">The unit's released scores this round (<c>IndicatorScorer.Score</c> under the report's disclosure rule); a hidden mean is not drawn.</param>
/// <param name="NationalAverage">The published national average (a number from outside the data), or null when unknown.</param>
/// <param name="PreviousYear">The unit's released scores the round before, or null.</param>
public sealed record DimensionResult(string Dimension, Scoring.IndicatorScores Unit, double? NationalAverage, Scoring.IndicatorScores? PreviousYear = null);
