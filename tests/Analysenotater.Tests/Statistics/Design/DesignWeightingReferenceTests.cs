using Analysenotater.Data;
using Analysenotater.Statistics.Design;
using Analysenotater.Statistics.Weighting;
using Analysenotater.Tests.Statistics.Weighting;
using static Analysenotater.Tests.Reference.Estimators.EstimatorsReference;
using static Analysenotater.Tests.Statistics.Design.SurveyReference;

namespace Analysenotater.Tests.Statistics.Design;

/// <summary>
/// design.Calibrate (GREG linear, raking, logit and bounded linear, with the calibrated SE), design.Trim, Total and Ratio
/// by column name, and the lonely-PSU variants for a total, against survey 4.1-1 (design-values.csv, design_reference.csv).
/// </summary>
public sealed class DesignWeightingReferenceTests
{
    private static readonly Dictionary<string, double[]> Data = Columns("design_data.csv");

    private static SurveyDesign PositiveWeightDesign(out int[] rows)
    {
        rows = GregCalibrationTests.Positive;
        var r = rows;
        return SurveyDesign.FromArrays([.. r.Select(i => Data["w"][i])], [.. r.Select(i => (int)Data["kommune"][i])], [.. r.Select(i => (int)Data["stratum"][i])]);
    }

    [Theory]
    [InlineData("linear", CalibrationDistance.Linear, double.NegativeInfinity, double.PositiveInfinity)]
    [InlineData("raking", CalibrationDistance.Raking, double.NegativeInfinity, double.PositiveInfinity)]
    [InlineData("logit", CalibrationDistance.Logit, 0.9, 1.15)]
    [InlineData("linearbounded", CalibrationDistance.Linear, 0.9, 1.15)]
    public void Calibrated_design_estimates_and_SEs_match_calibrate(string key, CalibrationDistance distance, double lower, double upper)
    {
        var design = PositiveWeightDesign(out var rows);
        var cal = design.Calibrate(GregCalibrationTests.Margins(rows), new CalibrationOptions { Distance = distance, LowerBound = lower, UpperBound = upper, Tolerance = 1e-12, MaxIterations = 1000 });
        Assert.True(cal.IsCalibrated);
        var x = rows.Select(i => Data["x"][i]).ToArray();
        var b = rows.Select(i => Data["b"][i]).ToArray();
        var mean = cal.Mean(x);
        CheckDesign($"cal.{key}.mean_x", mean.Estimate);
        CheckDesign($"cal.{key}.mean_x_se", mean.StandardError);
        if (key != "linearbounded")
        {
            var total = cal.Total(b);
            CheckDesign($"cal.{key}.total_b", total.Estimate);
            CheckDesign($"cal.{key}.total_b_se", total.StandardError);
        }

        Assert.True(mean.StandardError < design.Mean(x).StandardError * 1.5);
        Assert.IsType<CalibrationResult>(cal.CalibrationReport);
    }

    [Fact]
    public void Trimmed_design_matches_trimWeights()
    {
        var design = PositiveWeightDesign(out var rows);
        var trimmed = design.Trim(lower: 0.6, upper: 8);
        var y = rows.Select(i => Data["y"][i]).ToArray();
        var m = trimmed.Mean(y);
        CheckDesign("trim.mean_y", m.Estimate);
        CheckDesign("trim.mean_y_se", m.StandardError);
        CheckDesign("trim.wsum", trimmed.Weights.ToArray().Sum());
        CheckDesign("trim.w1", trimmed.Weights[0]);
        CheckDesign("trim.wmax", trimmed.Weights.ToArray().Max());
    }

    [Theory]
    [InlineData("lower", 0.6)]
    [InlineData("nolower", double.NegativeInfinity)]
    public void Zero_weights_trimmed_as_survey_match_trimWeights(string key, double lower)
    {
        // The whole design, zero-weight rows 5 and 77 included: survey raises them to the lower bound, or gives them
        // their share of the trimmed amount when there is no lower bound.
        var design = SurveyDesign.FromArrays(Data["w"], Ints(Data["kommune"]), Ints(Data["stratum"]));
        var trimmed = design.Trim(lower, 8, zeroWeights: ZeroWeightTrimming.AsSurvey);
        var k = $"trimzero.survey.{key}.";
        CheckDesign(k + "w5", trimmed.Weights[4]);
        CheckDesign(k + "w77", trimmed.Weights[76]);
        CheckDesign(k + "wsum", trimmed.Weights.ToArray().Sum());
        CheckDesign(k + "wmax", trimmed.Weights.ToArray().Max());
        var m = trimmed.Mean(Data["y"]);
        CheckDesign(k + "mean_y", m.Estimate);
        CheckDesign(k + "mean_y_se", m.StandardError);
    }

    [Fact]
    public void Zero_weights_kept_stay_zero_and_in_the_design()
    {
        var design = SurveyDesign.FromArrays(Data["w"], Ints(Data["kommune"]), Ints(Data["stratum"]));
        var trimmed = design.Trim(0.6, 8);
        Assert.Equal(0, trimmed.Weights[4]);
        Assert.Equal(0, trimmed.Weights[76]);
        var m = trimmed.Mean(Data["y"]);
        CheckDesign("trimzero.keep.mean_y", m.Estimate);
        CheckDesign("trimzero.keep.mean_y_se", m.StandardError);
        CheckDesign("trimzero.keep.wsum", trimmed.Weights.ToArray().Sum());
        // the positive weights are those trimWeights gives the positive rows alone
        var positive = PositiveWeightDesign(out var rows).Trim(0.6, 8);
        for (var j = 0; j < rows.Length; j++)
        {
            Assert.Equal(positive.Weights[j], trimmed.Weights[rows[j]], 12);
        }
    }

    [Theory]
    [InlineData("linear", CalibrationDistance.Linear, double.NegativeInfinity, double.PositiveInfinity)]
    [InlineData("raking", CalibrationDistance.Raking, double.NegativeInfinity, double.PositiveInfinity)]
    [InlineData("logit", CalibrationDistance.Logit, 0.9, 1.15)]
    public void Zero_weights_stay_zero_under_calibration_as_in_calibrate(string key, CalibrationDistance distance, double lower, double upper)
    {
        // survey's calibrate keeps a zero weight at 0 and calibrates the rest as on the positive rows; its variance
        // then fails (0/0), so the SE is checked against the positive-row design: a zero-weight row's score is 0.
        var all = Enumerable.Range(0, Data["w"].Length).ToArray();
        var design = SurveyDesign.FromArrays(Data["w"], Ints(Data["kommune"]), Ints(Data["stratum"]));
        var cal = design.Calibrate(GregCalibrationTests.Margins(all), new CalibrationOptions { Distance = distance, LowerBound = lower, UpperBound = upper, Tolerance = 1e-12, MaxIterations = 1000 });
        var k = $"calzero.{key}.";
        CheckDesign(k + "w5", cal.Weights[4]);
        CheckDesign(k + "w77", cal.Weights[76]);
        CheckDesign(k + "w1", cal.Weights[0]);
        CheckDesign(k + "wsum", cal.Weights.ToArray().Sum());
        var mean = cal.Mean(Data["x"]);
        CheckDesign(k + "mean_x", mean.Estimate);
        CheckDesign(k + "total_b", cal.Total(Data["b"]).Estimate);
        CheckDesign($"cal.{key}.mean_x_se", mean.StandardError);
        CheckDesign($"cal.{key}.total_b_se", cal.Total(Data["b"]).StandardError);
    }

    [Fact]
    public void Total_and_ratio_take_column_names_like_mean()
    {
        var ds = new SurveyDataset(null,
        [
            new NumericColumn("kommune", Data["kommune"]),
            new NumericColumn("stratum", Data["stratum"]),
            new NumericColumn("w", Data["w"]),
            new NumericColumn("y", Data["y"]),
            new NumericColumn("x", Data["x"]),
        ], new DatasetRoles { Municipality = "kommune", SizeGroup = "stratum", Weight = "w" });
        var design = SurveyDesign.FromDataset(ds);
        var survey = Values("design_reference.csv");
        Close(survey, "total_y", design.Total("y").Estimate);
        Close(survey, "total_y_se", design.Total("y").StandardError);
        var both = Data["y"].Select((v, i) => double.IsNaN(v) ? double.NaN : Data["x"][i]).ToArray();
        var ratio = design.Ratio("y", "x");
        Assert.Equal(design.Ratio(Data["y"], both).Estimate, ratio.Estimate, 12);
        Close(survey, "ratio_yx", ratio.Estimate);
        Close(survey, "ratio_yx_se", ratio.StandardError);
    }

    [Fact]
    public void Lonely_PSU_total_adjust_is_R_and_centered_is_Stata()
    {
        var d = Columns("design_lonely_data.csv");
        var adjust = SurveyDesign.FromArrays(d["w"], Ints(d["kommune"]), Ints(d["stratum"]), LonelyPsuPolicy.Adjust).Total(d["y"]);
        CheckDesign("lonely.adjust.total_y", adjust.Estimate);
        CheckDesign("lonely.adjust.total_y_se", adjust.StandardError);
        var centered = SurveyDesign.FromArrays(d["w"], Ints(d["kommune"]), Ints(d["stratum"]), LonelyPsuPolicy.Centered);
        CheckDesign("lonely.centered.total_y_se", centered.Total(d["y"]).StandardError);
        Assert.Contains(centered.Total(d["y"]).Notes, n => n.Contains("singleunit(centered)", StringComparison.Ordinal));
        // For a mean the grand mean of the PSU score totals is 0, so centred = adjust.
        var adjustMean = SurveyDesign.FromArrays(d["w"], Ints(d["kommune"]), Ints(d["stratum"]), LonelyPsuPolicy.Adjust).Mean(d["y"]);
        Assert.Equal(adjustMean.StandardError, centered.Mean(d["y"]).StandardError, 10);
    }
}
