namespace Analysenotater.Plotting.Dimensions;

/// <summary>One dimension of a municipal report: the unit's score and the benchmarks it is compared with.</summary>
/// <param name="Dimension">The dimension name (for example «Tilgjengelighet»).</param>
/// <param name="Score">The unit's score (for example on 1–4), or null when withheld (fewer respondents than the threshold).</param>
/// <param name="N">Respondents behind the score.</param>
/// <param name="NationalAverage">The national average, or null when unknown.</param>
/// <param name="PreviousYear">The unit's score the year before, or null.</param>
public sealed record DimensionScore(string Dimension, double? Score, int N, double? NationalAverage, double? PreviousYear);
