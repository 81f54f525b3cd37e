using Analysenotater.Statistics.Weighting;
using static Analysenotater.Tests.Reference.Estimators.EstimatorsReference;
using static Analysenotater.Tests.Statistics.Design.SurveyReference;

namespace Analysenotater.Tests.Statistics.Weighting;

/// <summary>Calibrated weights (linear, raking, logit with bounds, bounded linear) against R survey 4.1-1 calibrate() (design-values.csv).</summary>
public sealed class GregCalibrationTests
{
    private static readonly Dictionary<string, double[]> Data = Columns("design_data.csv");

    /// <summary>R's population: N = 1800, stratum 2 = 380, stratum 3 = 300, kjonn 2 = 600 (calibrate(~strat_f + kjonn_f)).</summary>
    internal static WeightMargin[] Margins(int[] rows) =>
    [
        new WeightMargin("strat", [.. rows.Select(i => (int)Data["stratum"][i])], new Dictionary<int, double> { [1] = 1120, [2] = 380, [3] = 300 }),
        new WeightMargin("kjonn", [.. rows.Select(i => (int)Data["kjonn"][i])], new Dictionary<int, double> { [1] = 1200, [2] = 600 }),
    ];

    /// <summary>The rows with a positive weight (R drops the two zero-weight rows: its calibrated variance divides by the weights).</summary>
    internal static int[] Positive => [.. Enumerable.Range(0, Data["w"].Length).Where(i => Data["w"][i] > 0)];

    [Theory]
    [InlineData("linear", CalibrationDistance.Linear, double.NegativeInfinity, double.PositiveInfinity)]
    [InlineData("raking", CalibrationDistance.Raking, double.NegativeInfinity, double.PositiveInfinity)]
    [InlineData("logit", CalibrationDistance.Logit, 0.9, 1.15)]
    [InlineData("linearbounded", CalibrationDistance.Linear, 0.9, 1.15)]
    public void Weights_match_R_calibrate(string key, CalibrationDistance distance, double lower, double upper)
    {
        var rows = Positive;
        var w = rows.Select(i => Data["w"][i]).ToArray();
        var r = GregCalibration.Calibrate(w, Margins(rows), new CalibrationOptions { Distance = distance, LowerBound = lower, UpperBound = upper, Tolerance = 1e-12, MaxIterations = 1000 });
        Assert.True(r.Converged);
        if (key != "linearbounded")
        {
            CheckDesign($"cal.{key}.w1", r.Weights[0]);
        }

        CheckDesign($"cal.{key}.wmax", r.Weights.Max());
        CheckDesign($"cal.{key}.wmin", r.Weights.Min());
        foreach (var (name, achieved, target) in r.Totals)
        {
            Assert.True(Math.Abs(achieved - target) <= 1e-9 * target, name);
        }

        if (double.IsFinite(lower))
        {
            Assert.All(r.G, g => Assert.InRange(g, lower - 1e-12, upper + 1e-12));
        }
    }

    [Fact]
    public void Zero_weights_stay_zero_and_unattainable_bounds_say_so()
    {
        var rows = Enumerable.Range(0, Data["w"].Length).ToArray();
        var r = GregCalibration.Calibrate(Data["w"], Margins(rows));
        Assert.Equal(0, r.Weights[4]);
        var ex = Assert.Throws<InvalidOperationException>(() => GregCalibration.Calibrate(Data["w"], Margins(rows), new CalibrationOptions { Distance = CalibrationDistance.Logit, LowerBound = 0.99, UpperBound = 1.01 }));
        Assert.Contains("did not converge", ex.Message, StringComparison.Ordinal);
    }
}
