using Analysenotater.Statistics.Regression;
using static Analysenotater.Tests.Reference.Models.ModelsReference;
using E = Analysenotater.Tests.Reference.Estimators.EstimatorsReference;

namespace Analysenotater.Tests.Statistics.Regression;

/// <summary>clubSandwich's CR1, CR1S and CR1p named apart, the normal-theory p for CR1, and the CR2 HTZ joint Wald test (estimators-values.csv).</summary>
public sealed class ClusterRobustVariantsTests
{
    private static readonly OlsResult Fit = OlsRegression.Fit(Model().Build());

    [Theory]
    [InlineData(ClusterRobustType.CR1, "cr1")]
    [InlineData(ClusterRobustType.CR1S, "cr1s")]
    [InlineData(ClusterRobustType.CR1p, "cr1p")]
    public void Small_sample_factors_match_clubSandwich_vcovCR(ClusterRobustType type, string key)
    {
        var table = Fit.ClusterRobust(type);
        foreach (var (name, k) in Coefficients)
        {
            E.Check($"{key}.se.{k}", table[name].StandardError);
            Assert.Equal(19, table[name].Df);
        }
    }

    [Fact]
    public void CR1_p_values_normal_and_naive_t_match_coef_test()
    {
        var z = Fit.ClusterRobust(ClusterRobustType.CR1, ClusterRobustTest.Normal);
        var t = Fit.ClusterRobust(ClusterRobustType.CR1);
        foreach (var (name, k) in Coefficients)
        {
            E.Check("cr1.z.p." + k, z[name].P);
            E.Check("cr1.t.p." + k, t[name].P);
            Assert.True(double.IsPositiveInfinity(z[name].Df));
        }
    }

    [Theory]
    [InlineData("htz.utd", new[] { "utd" })]
    [InlineData("htz.slopes", new[] { "kvinne", "alder", "x", "utd=vgs", "utd=hoyere", "stor" })]
    [InlineData("htz.stor", new[] { "stor" })]
    public void CR2_HTZ_Wald_test_matches_clubSandwich(string key, string[] coefficients)
    {
        var w = Fit.ClusterWaldTest(coefficients);
        E.Check(key + ".F", w.F);
        E.Check(key + ".df1", w.Df1);
        E.Check(key + ".df2", w.Df2);
        E.Check(key + ".p", w.P);
        Assert.Contains("HTZ", w.SummaryLine(), StringComparison.Ordinal);
        Assert.Contains("HTZ", w.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_coefficient_is_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => Fit.ClusterWaldTest("utdanning"));
        Assert.Contains("'utdanning'", ex.Message, StringComparison.Ordinal);
    }
}
