using Analysenotater.Statistics.Comparison;
using Analysenotater.Statistics.Design;
using Analysenotater.Statistics.Weighting;
using static Analysenotater.Tests.Statistics.Design.SurveyReference;

namespace Analysenotater.Tests.Statistics.Design;

/// <summary>
/// Calibrated designs against R survey (Reference/Survey/calibration_reference.R on design_data.csv): estimates and SEs
/// of postStratify()d and rake()d designs, overall, by domain, in a subset and as a domain contrast, 1e-8 relative.
/// "des" (no calibration) is the control: the same numbers R gives for the design with the base weights.
/// </summary>
public class CalibratedDesignTests
{
    private static readonly Dictionary<string, (double Value, double Tolerance)> Ref = Values("calibration_reference.csv");
    private static readonly Dictionary<string, double[]> Data = Columns("design_data.csv");

    private static SurveyDesign Base() => SurveyDesign.FromArrays(Data["w"], Ints(Data["kommune"]), Ints(Data["stratum"]));

    private static WeightMargin Stratum() => new("stratum", Ints(Data["stratum"]), new Dictionary<int, double> { [1] = 10000, [2] = 8000, [3] = 2535 });

    private static WeightMargin Gender() => new("kjonn", Ints(Data["kjonn"]), new Dictionary<int, double> { [1] = 14375, [2] = 6160 });

    public static TheoryData<string> Designs() => ["des", "ps", "psk", "rk"];

    private static SurveyDesign Design(string name) => name switch
    {
        "ps" => Base().PostStratify(Stratum()),
        "psk" => Base().PostStratify(Gender()),
        "rk" => Base().Rake([Stratum(), Gender()], new RakingOptions { Tolerance = 1e-14, MaxIterations = 500 }),
        _ => Base(),
    };

    [Theory]
    [MemberData(nameof(Designs))]
    public void Mean_total_proportion_and_ratio_match_R(string name)
    {
        var d = Design(name);
        Assert.Equal(name != "des", d.IsCalibrated);
        var m = d.Mean(Data["y"]);
        Close(Ref, name + "_mean_y", m.Estimate);
        Close(Ref, name + "_mean_y_se", m.StandardError);
        var t = d.Total(Data["y"]);
        Close(Ref, name + "_total_y", t.Estimate);
        Close(Ref, name + "_total_y_se", t.StandardError);
        var p = d.Proportion(Data["b"]);
        Close(Ref, name + "_prop_b", p.Estimate);
        Close(Ref, name + "_prop_b_se", p.StandardError);
        var r = d.Ratio(Data["y"], Data["x"]);
        Close(Ref, name + "_ratio_yx", r.Estimate);
        Close(Ref, name + "_ratio_yx_se", r.StandardError);
    }

    [Theory]
    [MemberData(nameof(Designs))]
    public void Domains_subsets_and_contrasts_keep_the_calibration(string name)
    {
        var d = Design(name);
        var kjonn = Ints(Data["kjonn"]);
        var by = d.MeanBy(Data["y"], kjonn);
        Close(Ref, name + "_mean_y_kjonn1", by.Estimates[0].Estimate);
        Close(Ref, name + "_mean_y_kjonn1_se", by.Estimates[0].StandardError);
        Close(Ref, name + "_mean_y_kjonn2", by.Estimates[1].Estimate);
        Close(Ref, name + "_mean_y_kjonn2_se", by.Estimates[1].StandardError);
        var stratum = Ints(Data["stratum"]);
        var sub = d.Subset(i => stratum[i] == 2, "stratum 2").Mean(Data["y"]);
        Close(Ref, name + "_mean_y_stratum2", sub.Estimate);
        Close(Ref, name + "_mean_y_stratum2_se", sub.StandardError);
        var diff = UnitComparison.WithinDesign(d, Data["y"], [.. kjonn.Select(k => k == 1)]);
        Close(Ref, name + "_diff_y_kjonn", diff.Difference);
        Close(Ref, name + "_diff_y_kjonn_se", diff.StandardError);
    }

    [Theory]
    [MemberData(nameof(Designs))]
    public void Regression_on_the_design_matches_svyglm(string name)
    {
        // svyglm(y ~ x + factor(kjonn), design): the 12 rows with y missing leave the model but stay in the design.
        var data = new Analysenotater.Data.SurveyDataset(null,
        [
            new Analysenotater.Data.NumericColumn("y", Data["y"]),
            new Analysenotater.Data.NumericColumn("x", Data["x"]),
            new Analysenotater.Data.CodeColumn("kjonn", [.. Data["kjonn"].Select(v => (short)v)]),
        ]);
        var frame = Analysenotater.Statistics.Regression.ModelSpecification.For(data, "y").Numeric("x").Categorical("kjonn", reference: "1").Build();
        var fit = Analysenotater.Statistics.Regression.SurveyRegression.Fit(frame, Design(name));
        for (var j = 0; j < 3; j++)
        {
            Close(Ref, $"{name}_reg_b{j + 1}", fit.Coefficients[j].Estimate);
            Close(Ref, $"{name}_reg_se{j + 1}", fit.Coefficients[j].StandardError);
        }

        Close(Ref, $"{name}_reg_df", fit.Coefficients[0].Df);
        Assert.Equal(name != "des", fit.Notes.Any(n => n.Contains("kalibreringsgevinsten", StringComparison.Ordinal)));
    }

    [Fact]
    public void Calibration_gain_is_real_for_totals_and_says_so()
    {
        // Post-stratifying on the strata fixes the stratum totals, so the total of y varies less than in a design that
        // takes the same weights as given (like with like: same weights, same clusters and strata, no calibration).
        var ps = Design("ps");
        var asGiven = SurveyDesign.FromArrays([.. ps.Weights.ToArray()], Ints(Data["kommune"]), Ints(Data["stratum"]));
        var calibrated = ps.Total(Data["y"]);
        var naive = asGiven.Total(Data["y"]);
        Assert.Equal(naive.Estimate, calibrated.Estimate, 6);
        Assert.True(calibrated.StandardError < naive.StandardError, $"{calibrated.StandardError} vs {naive.StandardError}");
        Assert.Contains(calibrated.Notes, n => n.Contains("etterstratifisert på stratum, SE med kalibreringsgevinst", StringComparison.Ordinal));
        Assert.Contains("raket på stratum, kjonn", Design("rk").Mean(Data["y"]).Notes[0], StringComparison.Ordinal);
        Assert.IsType<RakingResult>(Design("rk").CalibrationReport);
        var comparison = WeightingComparison.Of(Design("rk"), [("y", Data["y"])]);
        Assert.True(comparison.Calibrated);
        Assert.Contains("kalibreringsgevinsten", comparison.ToText(), StringComparison.Ordinal);
        Assert.False(WeightingComparison.Of(Base(), [("y", Data["y"])]).Calibrated);
    }

    [Fact]
    public void A_domain_cannot_be_calibrated()
    {
        var stratum = Ints(Data["stratum"]);
        var ex = Assert.Throws<InvalidOperationException>(() => Base().Subset(i => stratum[i] == 1, "s1").PostStratify(Stratum()));
        Assert.Contains("Calibrate the whole design, then take domains", ex.Message, StringComparison.Ordinal);
    }
}
