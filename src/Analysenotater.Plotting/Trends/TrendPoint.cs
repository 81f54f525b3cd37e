namespace Analysenotater.Plotting.Trends;

/// <summary>One round of a trend: its label (year), value and optional confidence limits.</summary>
/// <param name="Round">The round, for example "2021".</param>
/// <param name="Value">The estimate (NaN or a null <paramref name="N"/> below the threshold means withheld; see <see cref="TrendSeries"/>).</param>
/// <param name="Lower">Lower confidence limit, or null.</param>
/// <param name="Upper">Upper confidence limit, or null.</param>
/// <param name="N">Answers behind the value.</param>
public sealed record TrendPoint(string Round, double? Value, double? Lower, double? Upper, int N);
