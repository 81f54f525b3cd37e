using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Weighting;

/// <summary>Calibrated weights with the g-weights, the achieved and target totals and the convergence report. Immutable.</summary>
public sealed class CalibrationResult : Result
{
    private readonly double[] _weights;
    private readonly double[] _g;

    internal CalibrationResult(double[] weights, double[] g, CalibrationOptions options, bool converged, int iterations, double maxRelativeMisfit, IReadOnlyList<(string Name, double Achieved, double Target)> totals)
    {
        _weights = weights;
        _g = g;
        Options = options;
        Converged = converged;
        Iterations = iterations;
        MaxRelativeMisfit = maxRelativeMisfit;
        Totals = totals;
        WeightSummary = WeightSummary.Of(weights);
    }

    /// <summary>The calibrated weights, one per row (0 where the original weight was 0).</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>The g-weights: calibrated ÷ original weight (1 where the original weight was 0).</summary>
    public IReadOnlyList<double> G => _g;

    /// <summary>The distance and bounds used.</summary>
    public CalibrationOptions Options { get; }

    /// <summary>True when every total was met within the tolerance.</summary>
    public bool Converged { get; }

    /// <summary>Newton steps taken.</summary>
    public int Iterations { get; }

    /// <summary>The largest |target − achieved| / (1 + |target|) at the end.</summary>
    public double MaxRelativeMisfit { get; }

    /// <summary>Each calibration total: its name, the calibrated (achieved) total and the target.</summary>
    public IReadOnlyList<(string Name, double Achieved, double Target)> Totals { get; }

    /// <summary>Summary of the calibrated weights.</summary>
    public WeightSummary WeightSummary { get; }

    /// <summary>A copy of the weights.</summary>
    public double[] ToArray() => (double[])_weights.Clone();

    /// <summary>Report: the totals, achieved against target, and the convergence.</summary>
    public override ReportDocument Summary()
    {
        var b = new ReportTableBuilder($"Kalibrering ({Options.Distance}, {Iterations} steg{(Converged ? "" : ", ikke konvergert")})", "Total", "Oppnådd", "Mål");
        foreach (var (name, achieved, target) in Totals)
        {
            b.Row(ReportCell.FromText(name), ReportCell.FromNumber(achieved, 1), ReportCell.FromNumber(target, 1));
        }

        b.Note($"g-vekter (kalibrert ÷ opprinnelig vekt) fra {NorwegianFormat.Number(_g.Min(), 3)} til {NorwegianFormat.Number(_g.Max(), 3)}; grenser [{NorwegianFormat.Number(Options.LowerBound, 2)}, {NorwegianFormat.Number(Options.UpperBound, 2)}].");
        return new ReportDocument("Kalibrering (GREG)", [b.Build()]);
    }
}
