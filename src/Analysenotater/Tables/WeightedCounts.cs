namespace Analysenotater.Tables;

/// <summary>Weighted sums of a frequency table, per group: per category, of the denominator and of all respondents.</summary>
internal sealed record WeightedCounts(double[][] Counts, double[] Denominator, double[] Respondents);
