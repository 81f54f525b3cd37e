using Analysenotater.Disclosure;
using Analysenotater.Statistics.Design;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// Issue 17, open point 6: design-based estimates are judged on Kish's effective n, (Σw)² ÷ Σw², as well as on the
/// rows with a non-zero weight. Analyst-chosen weights (1 for two targets, 1e-6 for everyone else) otherwise carry
/// the two targets' answers under an n of 40.
/// </summary>
public sealed class DesignEffectiveNRegressionTests
{
    private static (double[] Y, double[] W) Targets(int n)
    {
        var y = Enumerable.Range(0, n).Select(i => i < 2 ? 5.0 : 1.0 + (i % 3)).ToArray();
        var w = Enumerable.Range(0, n).Select(i => i < 2 ? 1.0 : 1e-6).ToArray();
        return (y, w);
    }

    [Fact]
    public void A_mean_carried_by_two_heavy_weights_is_hidden_although_forty_rows_have_a_weight()
    {
        var (y, w) = Targets(40);
        var design = SurveyDesign.FromArrays(w, [.. Enumerable.Range(0, 40)], null);
        var mean = design.Mean(y, "q");
        Assert.True(double.IsNaN(mean.Estimate));
        Assert.Equal(CellState.Primary, mean.State);
        Assert.DoesNotContain("5,0", mean.ToText(), StringComparison.Ordinal);

        // Equal weights: the same 40 rows are shown (the test can fail).
        var equal = SurveyDesign.FromArrays([.. Enumerable.Repeat(1.0, 40)], [.. Enumerable.Range(0, 40)], null).Mean(y, "q");
        Assert.False(double.IsNaN(equal.Estimate));
    }

    [Fact]
    public void A_domain_with_a_small_effective_n_is_hidden_and_decided_with_the_others()
    {
        // Domain 1: 15 rows, effective n ≈ 2 (two weights of 1, thirteen of 1e-6); domains 2 and 3: 25 and 35 rows of weight 1.
        var (y1, w1) = Targets(15);
        var y = y1.Concat(Enumerable.Range(0, 60).Select(i => 1.0 + (i % 5))).ToArray();
        var w = w1.Concat(Enumerable.Repeat(1.0, 60)).ToArray();
        var dom = Enumerable.Range(0, 75).Select(i => i < 15 ? 1 : i < 40 ? 2 : 3).ToArray();
        var by = SurveyDesign.FromArrays(w, [.. Enumerable.Range(0, 75)], null).MeanBy(y, dom, "q");
        Assert.True(double.IsNaN(by["1"].Estimate));
        Assert.Equal(CellState.Primary, by["1"].State);
        Assert.Equal(CellState.Secondary, by["2"].State); // else domain 1 = total − 2 − 3
        Assert.False(double.IsNaN(by["3"].Estimate));
    }
}
