namespace Analysenotater.Scoring;

/// <summary>
/// The registry of named scoring rules. Instrument files name a rule by id; <see cref="Get"/> resolves it.
/// Ids: <c>korus-sum-max-prorated</c>, <c>korus-sum-max-full</c> (and their <c>-drop-na</c> variants),
/// <c>ks-dimension-mean</c>, <c>ks-dimension-mean-of-item-means</c>, <c>fhi-linear-0-100</c>.
/// </summary>
public static class ScoringRules
{
    /// <summary>KoRus Vedlegg 2, prorated reading: sum ÷ (k_answered × max) × 100, more than half answered.</summary>
    public static ScoringRule KoRusProrated { get; } = new KoRusSumMaxRule(prorated: true);

    /// <summary>KoRus Vedlegg 2, full reading: sum ÷ (k_total × max) × 100, more than half answered.</summary>
    public static ScoringRule KoRusFull { get; } = new KoRusSumMaxRule(prorated: false);

    /// <summary>As <see cref="KoRusProrated"/>, but a respondent with any «ikke aktuelt»/«har ikke» is not scored (step 1 read at respondent level).</summary>
    public static ScoringRule KoRusProratedDropNotApplicable { get; } = new KoRusSumMaxRule(prorated: true, dropRespondentsWithNotApplicable: true);

    /// <summary>As <see cref="KoRusFull"/>, but a respondent with any «ikke aktuelt»/«har ikke» is not scored.</summary>
    public static ScoringRule KoRusFullDropNotApplicable { get; } = new KoRusSumMaxRule(prorated: false, dropRespondentsWithNotApplicable: true);

    /// <summary>KS dimension mean on 1–4, summary = mean of respondent means.</summary>
    public static ScoringRule KsDimensionMean { get; } = new KsDimensionMeanRule(KsAggregation.MeanOfRespondentMeans);

    /// <summary>KS dimension mean on 1–4, summary = mean of item means.</summary>
    public static ScoringRule KsDimensionMeanOfItemMeans { get; } = new KsDimensionMeanRule(KsAggregation.MeanOfItemMeans);

    /// <summary>FHI-style linear 0–100.</summary>
    public static ScoringRule FhiLinear { get; } = new FhiLinearRule();

    /// <summary>Every registered rule.</summary>
    public static IReadOnlyList<ScoringRule> All { get; } =
    [
        KoRusProrated, KoRusFull, KoRusProratedDropNotApplicable, KoRusFullDropNotApplicable,
        KsDimensionMean, KsDimensionMeanOfItemMeans, FhiLinear,
    ];

    /// <summary>The rule with this id.</summary>
    /// <exception cref="KeyNotFoundException">No rule has this id; the message lists the known ids.</exception>
    public static ScoringRule Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return All.FirstOrDefault(r => r.Id == id)
            ?? throw new KeyNotFoundException($"No scoring rule '{id}'. Known rules: {string.Join(", ", All.Select(r => r.Id))}.");
    }
}
