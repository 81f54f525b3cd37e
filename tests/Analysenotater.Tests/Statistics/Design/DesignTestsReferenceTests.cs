using Analysenotater.Statistics.Design;
using static Analysenotater.Tests.Reference.Estimators.EstimatorsReference;
using static Analysenotater.Tests.Statistics.Design.SurveyReference;

namespace Analysenotater.Tests.Statistics.Design;

/// <summary>Design-based t-tests (svyttest, two groups and one sample) and Rao–Scott tests (svychisq "F" and "Chisq") against survey 4.1-1 (design-values.csv).</summary>
public sealed class DesignTestsReferenceTests
{
    private static readonly Dictionary<string, double[]> Data = Columns("design_data.csv");
    private static readonly SurveyDesign Design = SurveyDesign.FromArrays(Data["w"], Ints(Data["kommune"]), Ints(Data["stratum"]));

    [Fact]
    public void Design_t_test_matches_svyttest()
    {
        // svyttest(y ~ kjonn) reports mean(2) − mean(1); the library reports group 1 − group 2, so groups (2, 1) give R's sign.
        var r = DesignTTest.TwoGroups(Design, Data["y"], Data["kjonn"], 2, 1);
        CheckDesign("svyttest.estimate", r.Estimate);
        CheckDesign("svyttest.t", r.T);
        CheckDesign("svyttest.df", r.Df);
        CheckDesign("svyttest.p", r.P);
        CheckDesign("svyttest.lo", r.Lower);
        CheckDesign("svyttest.hi", r.Upper);
        var swapped = DesignTTest.TwoGroups(Design, Data["y"], Data["kjonn"], 1, 2);
        Assert.Equal(-r.Estimate, swapped.Estimate, 12);
        Assert.Equal(r.P, swapped.P, 12);
    }

    public static TheoryData<string, double> OneSampleCases => new()
    {
        { "strat", 0 }, { "strat", 60 }, { "clus", 0 }, { "clus", 60 }, { "wt", 0 }, { "wt", 60 }, { "women", 0 }, { "women", 60 },
    };

    [Theory]
    [MemberData(nameof(OneSampleCases))]
    public void One_sample_design_t_test_matches_svyttest(string design, double mu)
    {
        // svyttest(y ~ 0) and svyttest(I(y - 60) ~ 0): R's estimate is the mean of y − μ, its interval that of y − μ.
        var d = design switch
        {
            "strat" => Design,
            "clus" => SurveyDesign.FromArrays(Data["w"], Ints(Data["kommune"]), null),
            "wt" => SurveyDesign.FromArrays(Data["w"], null, null),
            _ => Design.Subset(i => Data["kjonn"][i] == 2, "kvinner"),
        };
        var r = DesignTTest.OneSample(d, Data["y"], mu, label: "y");
        var k = $"svyttest1.{design}.mu{mu}.";
        CheckDesign(k + "estimate", r.Estimate - r.NullValue);
        CheckDesign(k + "t", r.T);
        CheckDesign(k + "df", r.Df);
        CheckDesign(k + "p", r.P);
        CheckDesign(k + "lo", r.Lower - mu);
        CheckDesign(k + "hi", r.Upper - mu);
        Assert.Equal(d.Mean(Data["y"]).StandardError, r.StandardError, 12);
        Assert.Contains("svyttest", r.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void One_sample_design_t_test_refuses_an_all_missing_outcome_by_name()
    {
        var empty = Enumerable.Repeat(double.NaN, Data["y"].Length).ToArray();
        var ex = Assert.Throws<ArgumentException>(() => DesignTTest.OneSample(Design, empty, label: "tom"));
        Assert.Contains("'tom'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DesignTTest.OneSample(Design, [1.0, 2.0]));
    }

    [Theory]
    [InlineData("kjonn_b", "kjonn")]
    [InlineData("stratum_b", "stratum")]
    public void Rao_Scott_F_and_chisq_match_svychisq(string key, string rowVariable)
    {
        var r = RaoScottTest.Independence(Design, Data[rowVariable], Data["b"], rowVariable, "b");
        CheckDesign($"chisq.{key}.F", r.F);
        CheckDesign($"chisq.{key}.ndf", r.NumeratorDf);
        CheckDesign($"chisq.{key}.ddf", r.DenominatorDf);
        CheckDesign($"chisq.{key}.F.p", r.FP);
        CheckDesign($"chisq.{key}.X2", r.PearsonChiSquare);
        CheckDesign($"chisq.{key}.X2.df", r.Df);
        CheckDesign($"chisq.{key}.X2.p", r.ChiSquareP);
        Assert.Contains("Rao–Scott F", r.SummaryLine(), StringComparison.Ordinal);
        Assert.Contains("Rao–Scott χ²", r.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_constant_variable_is_refused_by_name()
    {
        var ones = Enumerable.Repeat(1.0, Data["b"].Length).ToArray();
        var ex = Assert.Throws<ArgumentException>(() => RaoScottTest.Independence(Design, ones, Data["b"], "konstant", "b"));
        Assert.Contains("'konstant' has 1", ex.Message, StringComparison.Ordinal);
    }
}
