using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Reliability;

/// <summary>Reliability of a scale: alpha with Feldt CI, omega total and item statistics. Immutable.</summary>
public sealed class ReliabilityResult : Result
{
    internal ReliabilityResult(int n, int deleted, int k, double alpha, double std, double meanR, double lower, double upper, double level, double omega, IReadOnlyList<ItemStatistics> items, IReadOnlyList<string> notes)
    {
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
            .Row(ReportCell.FromText("Omega total"), ReportCell.FromNumber(OmegaTotal, 3), ReportCell.Empty, ReportCell.Empty);
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
