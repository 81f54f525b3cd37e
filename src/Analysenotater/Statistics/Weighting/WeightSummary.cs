using System.Globalization;
using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Weighting;

/// <summary>
/// A summary of a weight variable: n, zero weights, sum, mean, min, max, max/min, coefficient of variation, Kish's design
/// effect 1 + CV² form n·Σw²/(Σw)² and the effective sample size (Σw)²/Σw². Zero weights are counted but left out of
/// the moments (a zero weight means the row is not in the sample). Immutable.
/// </summary>
public sealed class WeightSummary : Result
{
    private WeightSummary(int n, int zero, double sum, double mean, double min, double max, double cv, double kish, double neff)
    {
        N = n;
        ZeroWeights = zero;
        Sum = sum;
        Mean = mean;
        Min = min;
        Max = max;
        CoefficientOfVariation = cv;
        KishDesignEffect = kish;
        EffectiveN = neff;
    }

    /// <summary>Rows with a positive weight.</summary>
    public int N { get; }

    /// <summary>Rows with weight 0.</summary>
    public int ZeroWeights { get; }

    /// <summary>Σw.</summary>
    public double Sum { get; }

    /// <summary>Mean of the positive weights.</summary>
    public double Mean { get; }

    /// <summary>Smallest positive weight.</summary>
    public double Min { get; }

    /// <summary>Largest weight.</summary>
    public double Max { get; }

    /// <summary>Max / min of the positive weights.</summary>
    public double MaxMinRatio => Max / Min;

    /// <summary>Coefficient of variation of the positive weights (SD with n − 1 over the mean).</summary>
    public double CoefficientOfVariation { get; }

    /// <summary>Kish's design effect due to weighting, n·Σw²/(Σw)² over the positive weights.</summary>
    public double KishDesignEffect { get; }

    /// <summary>Kish's effective sample size (Σw)²/Σw².</summary>
    public double EffectiveN { get; }

    /// <summary>Summarises a weight array.</summary>
    /// <exception cref="ArgumentException">A weight is NaN, infinite or negative (the message names the row), or all weights are 0.</exception>
    public static WeightSummary Of(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        int n = 0, zero = 0;
        double sum = 0, sum2 = 0, min = double.PositiveInfinity, max = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var w = weights[i];
            if (!(w >= 0) || double.IsInfinity(w))
            {
                throw new ArgumentException($"Weight in row {(i + 1).ToString(CultureInfo.InvariantCulture)} is {w.ToString(CultureInfo.InvariantCulture)}; weights must be finite and ≥ 0.", nameof(weights));
            }

            if (w == 0)
            {
                zero++;
                continue;
            }

            n++;
            sum += w;
            sum2 += w * w;
            min = Math.Min(min, w);
            max = Math.Max(max, w);
        }

        if (n == 0)
        {
            throw new ArgumentException("All weights are 0.", nameof(weights));
        }

        var mean = sum / n;
        double ss = 0;
        foreach (var w in weights)
        {
            if (w > 0)
            {
                ss += (w - mean) * (w - mean);
            }
        }

        var cv = n > 1 ? Math.Sqrt(ss / (n - 1)) / mean : double.NaN;
        return new WeightSummary(n, zero, sum, mean, min, max, cv, n * sum2 / (sum * sum), sum * sum / sum2);
    }

    /// <summary>The summary as a two-column table.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder("Vekter", "Mål", "Verdi")
            .Row(ReportCell.FromText("n (vekt > 0)"), ReportCell.FromCount(N))
            .Row(ReportCell.FromText("Vekt = 0"), ReportCell.FromCount(ZeroWeights))
            .Row(ReportCell.FromText("Sum"), ReportCell.FromNumber(Sum, 1))
            .Row(ReportCell.FromText("Gjennomsnitt"), ReportCell.FromNumber(Mean, 3))
            .Row(ReportCell.FromText("Minimum"), ReportCell.FromNumber(Min, 3))
            .Row(ReportCell.FromText("Maksimum"), ReportCell.FromNumber(Max, 3))
            .Row(ReportCell.FromText("Maks/min"), ReportCell.FromNumber(MaxMinRatio, 2))
            .Row(ReportCell.FromText("Variasjonskoeffisient"), ReportCell.FromNumber(CoefficientOfVariation, 3))
            .Row(ReportCell.FromText("Kish designeffekt"), ReportCell.FromNumber(KishDesignEffect, 3))
            .Row(ReportCell.FromText("Effektivt n"), ReportCell.FromNumber(EffectiveN, 1));
        return b.Note("Kish designeffekt = n·Σw²/(Σw)²; effektivt n = (Σw)²/Σw² (bare vekter > 0).").Build();
    }
}
