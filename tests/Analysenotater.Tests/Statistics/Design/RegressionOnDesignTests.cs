using Analysenotater.Data;
using Analysenotater.Statistics.Design;
using Analysenotater.Statistics.Logistic;
using Analysenotater.Statistics.Regression;
using Analysenotater.Statistics.Weighting;
using static Analysenotater.Tests.Statistics.Design.SurveyReference;

namespace Analysenotater.Tests.Statistics.Design;

/// <summary>
/// Linear and logistic regression on a design with a lonely PSU (stratum 4) and an FPC, plain, post-stratified and
/// raked, under each lonely-PSU policy, against R svyglm (Reference/Survey/regression_lonely_reference.R on
/// design_lonely_data.csv; tolerance per value in the file: 1e-8 relative, df exact). Issue 15: the
/// regression's variance comes from the design's engine, so these settings apply exactly as for means.
/// </summary>
public sealed class RegressionOnDesignTests
{
    private static readonly Dictionary<string, (double Value, double Tolerance)> Ref = Values("regression_lonely_reference.csv");
    private static readonly Dictionary<string, double[]> Data = Columns("design_lonely_data.csv");

    public static TheoryData<LonelyPsuPolicy, string, string> Cases()
    {
        var cases = new TheoryData<LonelyPsuPolicy, string, string>();
        foreach (var (policy, r) in new[] { (LonelyPsuPolicy.Adjust, "adjust"), (LonelyPsuPolicy.Remove, "remove"), (LonelyPsuPolicy.Certainty, "certainty") })
        {
            foreach (var fpc in new[] { "nofpc", "fpc" })
            {
                foreach (var k in new[] { "base", "ps", "rk" })
                {
                    cases.Add(policy, fpc, k);
                }
            }
        }

        return cases;
    }

    private static SurveyDesign Design(LonelyPsuPolicy policy, string fpc, string calibration)
    {
        var populationPsus = fpc == "fpc" ? new Dictionary<int, double> { [1] = 130, [2] = 103, [3] = 31, [4] = 4 } : null;
        var d = SurveyDesign.FromArrays(Data["w"], Ints(Data["kommune"]), Ints(Data["stratum"]), policy, populationPsus);
        var stratum = new WeightMargin("stratum", Ints(Data["stratum"]), new Dictionary<int, double> { [1] = 10000, [2] = 8000, [3] = 2535, [4] = 40 });
        var kjonn = new WeightMargin("kjonn", Ints(Data["kjonn"]), new Dictionary<int, double> { [1] = 14400, [2] = 6175 });
        return calibration switch
        {
            "ps" => d.PostStratify(stratum),
            "rk" => d.Rake([stratum, kjonn], new RakingOptions { Tolerance = 1e-14, MaxIterations = 500 }),
            _ => d,
        };
    }

    private static ModelSpecification Model(string dependent) => ModelSpecification.For(
        new SurveyDataset(null,
        [
            new NumericColumn("y", Data["y"]),
            new NumericColumn("b", Data["b"]),
            new NumericColumn("x", Data["x"]),
            new CodeColumn("kjonn", [.. Data["kjonn"].Select(v => (short)v)]),
        ]), dependent).Numeric("x").Categorical("kjonn", reference: "1");

    private static string Policy(LonelyPsuPolicy p) => p.ToString().ToLowerInvariant();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Linear_regression_matches_svyglm(LonelyPsuPolicy policy, string fpc, string calibration)
    {
        var design = Design(policy, fpc, calibration);
        Assert.Equal(["4"], design.LonelyStrata);
        var fit = SurveyRegression.Fit(Model("y"), design);
        var key = $"{Policy(policy)}_{fpc}_{calibration}_lin";
        for (var j = 0; j < 3; j++)
        {
            Close(Ref, $"{key}_b{j + 1}", fit.Coefficients[j].Estimate);
            Close(Ref, $"{key}_se{j + 1}", fit.Coefficients[j].StandardError);
        }

        Close(Ref, $"{key}_df", fit.Coefficients[0].Df);
        Assert.Contains(fit.Notes, n => n.Contains("Strata med én PSU (4)", StringComparison.Ordinal));
        Assert.Equal(fpc == "fpc", fit.Notes[0].Contains("endelighetskorreksjon", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Logistic_regression_matches_svyglm_quasibinomial(LonelyPsuPolicy policy, string fpc, string calibration)
    {
        var fit = SurveyLogisticRegression.Fit(Model("b"), Design(policy, fpc, calibration));
        var key = $"{Policy(policy)}_{fpc}_{calibration}_logit";
        for (var j = 0; j < 3; j++)
        {
            Close(Ref, $"{key}_b{j + 1}", fit.Coefficients[j].B);
            Close(Ref, $"{key}_se{j + 1}", fit.Coefficients[j].StandardError);
        }

        Close(Ref, $"{key}_df", fit.Coefficients[0].Df);
    }

    [Fact]
    public void The_policy_fpc_and_calibration_change_the_regression_SE_as_they_change_a_mean()
    {
        // Like with like: the same model and data; only the design setting differs. The settings must matter here
        // (a regression that ignored them would give equal SEs).
        double Se(SurveyDesign d) => SurveyRegression.Fit(Model("y"), d)["x"].StandardError;
        var adjust = Se(Design(LonelyPsuPolicy.Adjust, "nofpc", "base"));
        var remove = Se(Design(LonelyPsuPolicy.Remove, "nofpc", "base"));
        var withFpc = Se(Design(LonelyPsuPolicy.Adjust, "fpc", "base"));
        var raked = Se(Design(LonelyPsuPolicy.Adjust, "nofpc", "rk"));
        Assert.NotEqual(adjust, remove);
        Assert.True(withFpc < adjust, $"{withFpc} vs {adjust}");
        Assert.NotEqual(adjust, raked);
        var fail = SurveyDesign.FromArrays(Data["w"], Ints(Data["kommune"]), Ints(Data["stratum"]));
        var ex = Assert.Throws<LonelyPsuException>(() => SurveyRegression.Fit(Model("y"), fail));
        Assert.Equal("4", ex.Stratum);
        Assert.Throws<LonelyPsuException>(() => SurveyLogisticRegression.Fit(Model("b"), fail));
    }
}
