using Analysenotater.Reporting;
using Analysenotater.Statistics.Design;

namespace Analysenotater.Statistics.Weighting;

/// <summary>
/// Weighted and unweighted design-based means side by side (same clusters and strata; only the weights differ), with
/// the difference, so a reader sees what weighting changes. Immutable.
/// Usage: <c>WeightingComparison.Of(design, [("Tilfredshet", score)])</c>.
/// </summary>
public sealed class WeightingComparison : Result
{
    private WeightingComparison(IReadOnlyList<(string Label, DesignEstimate Unweighted, DesignEstimate Weighted)> rows, WeightSummary weights)
    {
        Rows = rows;
        Weights = weights;
    }

    /// <summary>Per variable: the unweighted and the weighted estimate.</summary>
    public IReadOnlyList<(string Label, DesignEstimate Unweighted, DesignEstimate Weighted)> Rows { get; }

    /// <summary>Summary of the design's weights.</summary>
    public WeightSummary Weights { get; }

    /// <summary>True when the weighted design was calibrated (raked or post-stratified): its SEs include the calibration gain.</summary>
    public bool Calibrated { get; private init; }

    /// <summary>Compares the means of <paramref name="variables"/> (NaN = missing) in a weighted design and in the same design without weights.</summary>
    /// <exception cref="ArgumentException">The design has no weights, or a variable has the wrong length.</exception>
    public static WeightingComparison Of(SurveyDesign design, IReadOnlyList<(string Label, double[] Values)> variables)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(variables);
        if (!design.IsWeighted)
        {
            throw new ArgumentException("The design has no weights; there is nothing to compare.", nameof(design));
        }

        var unweighted = design.WithoutWeights();
        var rows = variables.Select(v => (v.Label, unweighted.Mean(v.Values, v.Label), design.Mean(v.Values, v.Label))).ToList();
        return new WeightingComparison(rows, WeightSummary.Of(design.Weights.ToArray())) { Calibrated = design.IsCalibrated };
    }

    /// <summary>The side-by-side table.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder("Uvektet og vektet gjennomsnitt", "", "Uvektet", "SE", "Vektet", "SE", "Differanse", "n");
        foreach (var (label, u, w) in Rows)
        {
            b.Row(ReportCell.FromText(label), ReportCell.FromNumber(u.Estimate, 3), ReportCell.FromNumber(u.StandardError, 3), ReportCell.FromNumber(w.Estimate, 3), ReportCell.FromNumber(w.StandardError, 3), ReportCell.FromNumber(w.Estimate - u.Estimate, 3), ReportCell.FromCount(w.N));
        }

        return b.Note(Calibrated
                ? "Begge med samme klynger og strata (Taylor-linearisert SE); det vektede designet er kalibrert (raket eller etterstratifisert), så SE tar med kalibreringsgevinsten som i R."
                : "Begge med samme klynger og strata (Taylor-linearisert SE); bare vektene er forskjellige.")
            .Note($"Kish designeffekt av vektingen {NorwegianFormat.Number(Weights.KishDesignEffect, 3)}, effektivt n {NorwegianFormat.Number(Weights.EffectiveN, 1)}.").Build();
    }
}
