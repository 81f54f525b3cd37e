using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Weighting;

/// <summary>Post-stratified weights with the adjustment per cell. Immutable.</summary>
public sealed class PostStratificationResult : Result
{
    internal PostStratificationResult(string name, double[] weights, IReadOnlyList<(string Cell, int N, double SampleTotal, double Target)> cells)
    {
        Name = name;
        _weights = weights;
        Cells = cells;
        WeightSummary = WeightSummary.Of(weights);
    }

    private readonly double[] _weights;

    /// <summary>The post-stratification variable.</summary>
    public string Name { get; }

    /// <summary>The new weights, one per row.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>Per cell (order of <see cref="Cells"/>): the disclosure level of its respondent count; below «n and means» the summary shows «*».</summary>
    public IReadOnlyList<Disclosure.DisclosureLevel> CellLevels { get; internal init; } = [];

    /// <summary>The disclosure policy the cells were decided under.</summary>
    public Disclosure.DisclosurePolicy Policy { get; internal init; } = Disclosure.AnalysisContext.Default.Disclosure;

    /// <summary>Per cell: label, respondents, weighted total before, population total (unreleased diagnostics: <see cref="Summary"/> shows what may be released).</summary>
    public IReadOnlyList<(string Cell, int N, double SampleTotal, double Target)> Cells { get; }

    /// <summary>Summary of the new weights (Kish design effect, effective n …).</summary>
    public WeightSummary WeightSummary { get; }

    /// <summary>A copy of the weights as an array (for <see cref="Design.SurveyDesign.FromArrays"/>).</summary>
    public double[] ToArray() => (double[])_weights.Clone();

    /// <summary>The table of cells.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder($"Poststratifisering etter {Name}", "Celle", "n", "Vektet sum før", "Populasjon", "Justeringsfaktor");
        var hidden = false;
        for (var i = 0; i < Cells.Count; i++)
        {
            var c = Cells[i];
            var shown = i >= CellLevels.Count || CellLevels[i] >= Disclosure.DisclosureLevel.MeansOnly;
            hidden |= !shown;
            b.Row(ReportCell.FromText(c.Cell), shown ? ReportCell.FromCount(c.N) : ReportCell.Suppressed, shown ? ReportCell.FromNumber(c.SampleTotal, 1) : ReportCell.Suppressed,
                ReportCell.FromNumber(c.Target, 1), shown ? ReportCell.FromNumber(c.Target / c.SampleTotal, 4) : ReportCell.Suppressed);
        }

        if (hidden)
        {
            b.Note($"* Skjult etter personvernregelen ({Policy.Description}): celler med for få respondenter, og celler som ellers ville gitt dem ved subtraksjon fra totalen.");
        }

        return b.Note("Vekt i cellen ganges med populasjonstotal / vektet utvalgstotal (som survey::postStratify).")
            .Note($"Kish designeffekt {NorwegianFormat.Number(WeightSummary.KishDesignEffect, 3)}, effektivt n {NorwegianFormat.Number(WeightSummary.EffectiveN, 1)}.").Build();
    }
}
