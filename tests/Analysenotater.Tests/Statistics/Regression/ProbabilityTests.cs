using Analysenotater.Statistics.Distributions;

namespace Analysenotater.Tests.Statistics.Regression;

/// <summary>Distribution tails and quantiles against R 4.2.2 (the R call is in each comment).</summary>
public sealed class ProbabilityTests
{
    [Theory]
    // print(qt(.975, c(1e6, 8.47, 0.7)), digits = 17)
    [InlineData(1e6, 1.9599663568141066)]
    [InlineData(8.47, 2.2839196789802050)]
    [InlineData(0.7, 36.6114150315883222)]
    public void T_quantile_matches_qt(double df, double expected) =>
        Assert.True(Math.Abs(Probability.TQuantile(0.975, df) / expected - 1) < 1e-10);

    [Theory]
    // print(2 * pt(-2.5, c(3, 8.47, 1e6)), digits = 17)
    [InlineData(3, 0.087706647008065505)]
    [InlineData(8.47, 0.035395600775350658)]
    [InlineData(1e6, 0.012419489502163233)]
    public void Two_sided_t_p_matches_pt(double df, double expected) =>
        Assert.True(Math.Abs(Probability.TwoSidedT(2.5, df) / expected - 1) < 1e-8);

    [Fact]
    public void F_tail_and_quantile_at_a_million_cases()
    {
        // print(pf(1.00331, 999999, 2999997, lower.tail = FALSE), digits = 17) = 0.0214627856225615143.
        Assert.True(Math.Abs(Probability.FUpper(1.00331, 999999, 2999997) / 0.0214627856225615143 - 1) < 1e-8);
        // R's qf(.975, 999999, 2999997) is not usable here: pf(qf(.975, …)) gives 0.955, not 0.975. The quantile is
        // therefore checked through R's pf: the upper tail at our 97.5 % quantile must be 0.025.
        var q = Probability.FQuantile(0.975, 999999, 2999997);
        Assert.True(Math.Abs(Probability.FUpper(q, 999999, 2999997) / 0.025 - 1) < 1e-8);
        Assert.True(q is > 1.0027 and < 1.00331); // bracketed by the two R tail values 0.049 and 0.021 above
    }
}

/// <summary>Issue 15: one numerics facade with one NaN policy; the distribution functions live only there.</summary>
public sealed class NumericsFacadeTests
{
    [Fact]
    public void Out_of_domain_arguments_give_NaN_and_never_throw()
    {
        Assert.True(double.IsNaN(Probability.TQuantile(0, 5)));
        Assert.True(double.IsNaN(Probability.TQuantile(1, 5)));
        Assert.True(double.IsNaN(Probability.TQuantile(0.5, 0)));
        Assert.True(double.IsNaN(Probability.TQuantile(double.NaN, 5)));
        Assert.True(double.IsNaN(Probability.NormalQuantile(1.5)));
        Assert.True(double.IsNaN(Probability.BetaQuantile(0.5, -1, 2)));
        Assert.True(double.IsNaN(Probability.ChiSquareUpper(double.NaN, 2)));
        Assert.True(double.IsNaN(Probability.ChiSquareUpper(3, 0)));
        Assert.True(double.IsNaN(Probability.TwoSidedT(2, -1)));
        Assert.True(double.IsNaN(Probability.FUpper(2, 0, 3)));
        Assert.Equal(1, Probability.ChiSquareUpper(0, 3));
        Assert.Equal(0, Probability.TwoSidedT(double.PositiveInfinity, 3));
        Assert.Equal(Probability.NormalQuantile(0.975), Probability.TQuantile(0.975, double.PositiveInfinity));
        Assert.Equal(0, Probability.BetaQuantile(0, 2, 3));
    }

    [Fact]
    public void No_other_statistics_file_calls_the_distribution_functions_itself()
    {
        var root = Path.Combine(TestPaths.RepoRoot, "src", "Analysenotater");
        string[] raw = ["InvCDF(", "GammaUpperRegularized(", "BetaRegularized(", "Erfc(", "StudentT.CDF("];
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !p.EndsWith(Path.Combine("Distributions", "Probability.cs"), StringComparison.Ordinal))
            .SelectMany(p => File.ReadLines(p).Select((l, i) => (p, i, l)))
            .Where(x => raw.Any(r => x.l.Contains(r, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(root, x.p)}:{x.i + 1}")
            .ToList();
        Assert.True(offenders.Count == 0, "Distribution functions outside Statistics/Distributions/Probability.cs: " + string.Join(", ", offenders));
    }
}
