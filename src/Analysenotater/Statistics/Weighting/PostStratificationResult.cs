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

    /// <summary>Per cell: label, respondents, weighted total before, population total.</summary>
    public IReadOnlyList<(string Cell, int N, double SampleTotal, double Target)> Cells { get; }

    /// <summary>Summary of the new weights (Kish design effect, effective n …).</summary>
    public WeightSummary WeightSummary { get; }

    /// <summary>A copy of the weights as an array (for <see cref="Design.SurveyDesign.FromArrays"/>).</summary>
    public double[] ToArray() => (double[])_weights.Clone();

    /// <summary>The table of cells.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder($"Poststratifisering etter {Name}", "Celle", "n", "Vektet sum før", "Populasjon", "Justeringsfaktor");
        foreach (var c in Cells)
        {
            b.Row(ReportCell.FromText(c.Cell), ReportCell.FromCount(c.N), ReportCell.FromNumber(c.SampleTotal, 1), ReportCell.FromNumber(c.Target, 1), ReportCell.FromNumber(c.Target / c.SampleTotal, 4));
        }

        return b.Note("Vekt i cellen ganges med populasjonstotal / vektet utvalgstotal (som survey::postStratify).")
            .Note($"Kish designeffekt {NorwegianFormat.Number(WeightSummary.KishDesignEffect, 3)}, effektivt n {NorwegianFormat.Number(WeightSummary.EffectiveN, 1)}.").Build();
    }
}
