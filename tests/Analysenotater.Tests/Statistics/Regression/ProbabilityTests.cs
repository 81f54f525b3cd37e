using Analysenotater.Statistics.Regression;

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
