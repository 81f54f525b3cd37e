using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Weighting;

/// <summary>Raked weights with the convergence report: sweeps, largest margin error, its history and the final margins. Immutable.</summary>
public sealed class RakingResult : Result
{
    private readonly double[] _weights;

    internal RakingResult(double[] weights, bool converged, int iterations, double maxError, double maxRelative, double tolerance, string worstMargin, IReadOnlyList<double> history, IReadOnlyList<(string Margin, string Category, double Achieved, double Target)> margins)
    {
        _weights = weights;
        Converged = converged;
        Iterations = iterations;
        MaxMarginError = maxError;
        MaxRelativeError = maxRelative;
        Tolerance = tolerance;
        WorstMargin = worstMargin;
        ErrorHistory = history;
        Margins = margins;
        WeightSummary = WeightSummary.Of(weights);
    }

    /// <summary>The raked weights, one per row.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>True when the tolerance was met.</summary>
    public bool Converged { get; }

    /// <summary>Full sweeps over all margins.</summary>
    public int Iterations { get; }

    /// <summary>The largest |weighted margin total − target| after the last sweep (weight units).</summary>
    public double MaxMarginError { get; }

    /// <summary><see cref="MaxMarginError"/> relative to the population total.</summary>
    public double MaxRelativeError { get; }

    /// <summary>The tolerance used (relative).</summary>
    public double Tolerance { get; }

    /// <summary>The margin with the largest error.</summary>
    public string WorstMargin { get; }

    /// <summary>The largest absolute margin error after each sweep.</summary>
    public IReadOnlyList<double> ErrorHistory { get; }

    /// <summary>Achieved and target totals per margin category.</summary>
    public IReadOnlyList<(string Margin, string Category, double Achieved, double Target)> Margins { get; }

    /// <summary>Summary of the raked weights.</summary>
    public WeightSummary WeightSummary { get; }

    /// <summary>A copy of the weights as an array.</summary>
    public double[] ToArray() => (double[])_weights.Clone();

    /// <summary>The margins table with the convergence report in the notes.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder("Raking (iterativ proporsjonal tilpasning)", "Variabel", "Kategori", "Oppnådd", "Mål", "Avvik");
        foreach (var m in Margins)
        {
            b.Row(ReportCell.FromText(m.Margin), ReportCell.FromText(m.Category), ReportCell.FromNumber(m.Achieved, 2), ReportCell.FromNumber(m.Target, 2), ReportCell.FromNumber(m.Achieved - m.Target, 6));
        }

        b.Note(Converged
            ? $"Konvergerte etter {Iterations} runder; største avvik {MaxMarginError.ToString("G3", NorwegianFormat.Numbers)} (relativt {MaxRelativeError.ToString("G3", NorwegianFormat.Numbers)} ≤ {Tolerance.ToString("G3", NorwegianFormat.Numbers)})."
            : $"KONVERGERTE IKKE etter {Iterations} runder; største avvik {MaxMarginError.ToString("G3", NorwegianFormat.Numbers)} i «{WorstMargin}» (relativt {MaxRelativeError.ToString("G3", NorwegianFormat.Numbers)} > {Tolerance.ToString("G3", NorwegianFormat.Numbers)}).");
        b.Note($"Kish designeffekt {NorwegianFormat.Number(WeightSummary.KishDesignEffect, 3)}, effektivt n {NorwegianFormat.Number(WeightSummary.EffectiveN, 1)}.");
        return b.Build();
    }
}
