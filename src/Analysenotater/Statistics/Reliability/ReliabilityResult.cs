using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Reliability;

/// <summary>
/// Reliability of a scale: alpha with Feldt CI (and its df), the scale figures psych::alpha prints (G6(smc), average
/// and median r, S/N, ase, mean and SD of the item-mean score), the sum score's mean and variance, omega total
/// (model-implied), psych::omega's omega.tot and ω_h for one factor, omega from one-factor ML loadings, and item
/// statistics. Immutable.
/// </summary>
public sealed class ReliabilityResult : Result
{
    internal ReliabilityResult(int n, int deleted, int k, double alpha, double std, double meanR, double lower, double upper, double level, double omega, IReadOnlyList<ItemStatistics> items, IReadOnlyList<string> notes, ReliabilityExtras extras)
    {
        SumScoreMean = extras.SumMean;
        SumScoreVariance = extras.SumVariance;
        GuttmanLambda6 = extras.G6;
        MedianInterItemCorrelation = extras.MedianR;
        SignalToNoise = extras.SignalToNoise;
        AlphaAsymptoticStandardError = extras.AlphaAse;
        FeldtDf1 = extras.FeldtDf1;
        FeldtDf2 = extras.FeldtDf2;
        OmegaTotalObserved = extras.OmegaTotalObserved;
        OmegaHierarchical = extras.OmegaHierarchical;
        OmegaMaximumLikelihood = extras.OmegaMl;
        N = n;
        CasesDeleted = deleted;
        ItemCount = k;
        Alpha = alpha;
        StandardisedAlpha = std;
        MeanInterItemCorrelation = meanR;
        AlphaLower = lower;
        AlphaUpper = upper;
        ConfidenceLevel = level;
        OmegaTotal = omega;
        Items = items;
        Notes = notes;
    }

    /// <summary>Listwise-complete respondents used.</summary>
    public int N { get; }

    /// <summary>Respondents deleted listwise.</summary>
    public int CasesDeleted { get; }

    /// <summary>The number of items k.</summary>
    public int ItemCount { get; }

    /// <summary>Cronbach's alpha from the covariance matrix: k/(k − 1)(1 − Σ var_i / var_total).</summary>
    public double Alpha { get; }

    /// <summary>Standardised alpha from the mean inter-item correlation r̄: k r̄ / (1 + (k − 1) r̄).</summary>
    public double StandardisedAlpha { get; }

    /// <summary>The mean inter-item correlation r̄.</summary>
    public double MeanInterItemCorrelation { get; }

    /// <summary>Lower Feldt confidence limit of alpha.</summary>
    public double AlphaLower { get; }

    /// <summary>Upper Feldt confidence limit of alpha.</summary>
    public double AlphaUpper { get; }

    /// <summary>The level of the interval.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>McDonald's omega total from the one-factor minres loadings.</summary>
    public double OmegaTotal { get; }

    /// <summary>Mean of the sum score Σ items over the listwise-complete respondents (units of the item codes).</summary>
    public double SumScoreMean { get; }

    /// <summary>Variance (n − 1) of the sum score: the sum of the item covariance matrix.</summary>
    public double SumScoreVariance { get; }

    /// <summary>Standard deviation of the sum score.</summary>
    public double SumScoreStandardDeviation => Math.Sqrt(SumScoreVariance);

    /// <summary>Mean of the item-mean score (sum / k), psych::alpha's «mean».</summary>
    public double ItemMeanScoreMean => SumScoreMean / ItemCount;

    /// <summary>SD of the item-mean score (sum / k), psych::alpha's «sd».</summary>
    public double ItemMeanScoreStandardDeviation => SumScoreStandardDeviation / ItemCount;

    /// <summary>Guttman's λ6 from squared multiple correlations, psych's G6(smc): 1 − Σ(1 − smc)/ΣR.</summary>
    public double GuttmanLambda6 { get; }

    /// <summary>The median inter-item correlation (psych's median_r).</summary>
    public double MedianInterItemCorrelation { get; }

    /// <summary>Signal/noise ratio k r̄ / (1 − r̄) (psych's S/N).</summary>
    public double SignalToNoise { get; }

    /// <summary>psych's asymptotic standard error of raw alpha («ase», Duhachek and Iacobucci 2004).</summary>
    public double AlphaAsymptoticStandardError { get; }

    /// <summary>Numerator df of the Feldt interval, n − 1.</summary>
    public double FeldtDf1 { get; }

    /// <summary>Denominator df of the Feldt interval, (n − 1)(k − 1).</summary>
    public double FeldtDf2 { get; }

    /// <summary>psych::omega's omega.tot for one factor: 1 − Σ(1 − λ²)/ΣR (observed total variance of the standardised items; minres loadings).</summary>
    public double OmegaTotalObserved { get; }

    /// <summary>psych::omega's ω_h for one factor: (Σλ)²/ΣR (minres loadings). With one factor it is the general-factor share of the observed variance; no bifactor (Schmid–Leiman) solution is computed.</summary>
    public double OmegaHierarchical { get; }

    /// <summary>Omega total (Σλ)²/((Σλ)² + Σ(1 − λ²)) from one-factor maximum-likelihood loadings (factanal).</summary>
    public double OmegaMaximumLikelihood { get; }

    /// <summary>Per-item statistics in input order.</summary>
    public IReadOnlyList<ItemStatistics> Items { get; }

    /// <summary>Notes: listwise n, methods.</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <summary>The item with this name.</summary>
    public ItemStatistics this[string name] => Items.FirstOrDefault(i => i.Name == name) ?? throw new KeyNotFoundException($"No item '{name}' in the scale.");

    /// <summary>Report: scale statistics and item-total statistics.</summary>
    public override ReportDocument Summary()
    {
        var pct = (ConfidenceLevel * 100).ToString("0.##", NorwegianFormat.Numbers);
        var scale = new ReportTableBuilder($"Reliabilitet ({ItemCount} spørsmål, n = {NorwegianFormat.Count(N)})", "Mål", "Verdi", $"{pct} % KI nedre", $"{pct} % KI øvre")
            .Row(ReportCell.FromText("Cronbachs alfa"), ReportCell.FromNumber(Alpha, 3), ReportCell.FromNumber(AlphaLower, 3), ReportCell.FromNumber(AlphaUpper, 3))
            .Row(ReportCell.FromText("Standardisert alfa"), ReportCell.FromNumber(StandardisedAlpha, 3), ReportCell.Empty, ReportCell.Empty)
            .Row(ReportCell.FromText("Gj.snittlig korrelasjon mellom spørsmål"), ReportCell.FromNumber(MeanInterItemCorrelation, 3), ReportCell.Empty, ReportCell.Empty)
            .Row(ReportCell.FromText("Omega total"), ReportCell.FromNumber(OmegaTotal, 3), ReportCell.Empty, ReportCell.Empty)
            .Row(ReportCell.FromText("Omega (ML)"), ReportCell.FromNumber(OmegaMaximumLikelihood, 3), ReportCell.Empty, ReportCell.Empty)
            .Row(ReportCell.FromText("Guttmans λ6 (smc)"), ReportCell.FromNumber(GuttmanLambda6, 3), ReportCell.Empty, ReportCell.Empty)
            .Row(ReportCell.FromText("Sumskår, gjennomsnitt"), ReportCell.FromNumber(SumScoreMean, 2), ReportCell.Empty, ReportCell.Empty)
            .Row(ReportCell.FromText("Sumskår, varians"), ReportCell.FromNumber(SumScoreVariance, 2), ReportCell.Empty, ReportCell.Empty);
        foreach (var n in Notes)
        {
            scale.Note(n);
        }

        var items = new ReportTableBuilder("Spørsmålsstatistikk", "Spørsmål", "Gj.snitt", "SD", "Korrigert korrelasjon med totalskår", "Alfa uten spørsmålet", "Ladning");
        foreach (var i in Items)
        {
            items.Row(ReportCell.FromText(i.Name), ReportCell.FromNumber(i.Mean, 2), ReportCell.FromNumber(i.StandardDeviation, 2), ReportCell.FromNumber(i.CorrectedItemTotalCorrelation, 3),
                ReportCell.FromNumber(i.AlphaIfDeleted, 3), ReportCell.FromNumber(i.Loading, 3));
        }

        return new ReportDocument("Reliabilitetsanalyse", [scale.Build(), items.Build()]);
    }
}
