namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>One published number, its reproduction from the microdata and the reason for any difference.</summary>
/// <param name="Published">The published number and how it is computed.</param>
/// <param name="Reproduced">Value computed from the dataset (NaN when not computable; for top words the word's rank).</param>
/// <param name="Status">Outcome.</param>
/// <param name="Reason">Why the numbers differ, in <see cref="Analysenotater.Localization.MessageLanguage.Current"/> at the time the report was run, or null when reproduced.</param>
public sealed record ReproductionRow(PublishedNumber Published, double Reproduced, ReproductionStatus Status, string? Reason)
{
    /// <summary>What kind of explanation <see cref="Reason"/> is, or null when there is none.</summary>
    public ReproductionReasonKind? ReasonKind { get; init; }

    /// <summary>The status as a word in <see cref="Analysenotater.Localization.MessageLanguage.Current"/> («Avviker», «Differs»).</summary>
    public string StatusName => Texts.ReproductionTexts.Catalog.Name(Status);

    /// <summary>Reproduced − published (NaN when not computable).</summary>
    public double Difference => Reproduced - Published.Value;

    /// <summary>True for percentages, counts and n: the quantities the ≥ 95 % criterion is about.</summary>
    public bool IsPercentOrCount => Published.Measure.Statistic is PublishedStatistic.Percent or PublishedStatistic.Count or PublishedStatistic.N;
}
