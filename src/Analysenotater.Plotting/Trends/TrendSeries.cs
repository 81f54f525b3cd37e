namespace Analysenotater.Plotting.Trends;

/// <summary>A named series across rounds (for example one dimension of the KS survey, 2021–2022).</summary>
/// <param name="Name">Legend name.</param>
/// <param name="Points">The rounds in time order; a point with a null value was withheld and is not drawn.</param>
public sealed record TrendSeries(string Name, IReadOnlyList<TrendPoint> Points);
