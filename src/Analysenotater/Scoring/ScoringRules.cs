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

    private static readonly ScoringRule[] BuiltIn =
    [
        KoRusProrated, KoRusFull, KoRusProratedDropNotApplicable, KoRusFullDropNotApplicable,
        KsDimensionMean, KsDimensionMeanOfItemMeans, FhiLinear,
    ];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ScoringRule> Registered = new(StringComparer.Ordinal);

    /// <summary>Every rule: the built-in ones, then those registered (for example from a study file), by id.</summary>
    public static IReadOnlyList<ScoringRule> All => [.. BuiltIn, .. Registered.Values.OrderBy(r => r.Id, StringComparer.Ordinal)];

    /// <summary>
    /// Adds a rule so instrument files can name it (a study file's <c>scoringRules</c> are registered when the study
    /// is loaded). Registering the same id again replaces the earlier registration; a built-in id cannot be replaced.
    /// </summary>
    /// <exception cref="ArgumentException">The id is a built-in rule's.</exception>
    public static void Register(ScoringRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (BuiltIn.Any(r => r.Id == rule.Id))
        {
            throw new ArgumentException($"Scoring rule id '{rule.Id}' is built in; give the new rule another id.", nameof(rule));
        }

        Registered[rule.Id] = rule;
    }

    /// <summary>The rule with this id.</summary>
    /// <exception cref="KeyNotFoundException">No rule has this id; the message lists the known ids.</exception>
    public static ScoringRule Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return BuiltIn.FirstOrDefault(r => r.Id == id) ?? Registered.GetValueOrDefault(id)
            ?? throw new KeyNotFoundException($"No scoring rule '{id}'. Known rules: {string.Join(", ", All.Select(r => r.Id))}. A study file can define more under «scoringRules».");
    }
}
