namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>One published number, its reproduction from the microdata and the reason for any difference.</summary>
/// <param name="Published">The published number and how it is computed.</param>
/// <param name="Reproduced">Value computed from the dataset (NaN when not computable; for top words the word's rank).</param>
/// <param name="Status">Outcome.</param>
/// <param name="Reason">Why the numbers differ (reference README id where one applies), or null when reproduced.</param>
public sealed record ReproductionRow(PublishedNumber Published, double Reproduced, ReproductionStatus Status, string? Reason)
{
    /// <summary>Reproduced − published (NaN when not computable).</summary>
    public double Difference => Reproduced - Published.Value;

    /// <summary>True for percentages, counts and n: the quantities the ≥ 95 % criterion is about.</summary>
    public bool IsPercentOrCount => Published.Measure.Statistic is PublishedStatistic.Percent or PublishedStatistic.Count or PublishedStatistic.N;
}
