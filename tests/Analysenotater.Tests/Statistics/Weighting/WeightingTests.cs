using System.Globalization;
using Analysenotater.Statistics.Design;
using Analysenotater.Statistics.Weighting;
using static Analysenotater.Tests.Statistics.Design.SurveyReference;

namespace Analysenotater.Tests.Statistics.Weighting;

/// <summary>Against R survey (Reference/Survey/weighting_reference.R on design_data.csv).</summary>
public class WeightingTests
{
    private static readonly Dictionary<string, double[]> Data = Columns("design_data.csv");
    private static readonly Dictionary<string, double[]> RWeights = Columns("weighting_reference.csv");
    private static readonly Dictionary<string, (double Value, double Tolerance)> Ref = Values("weighting_summary.csv");

    private static WeightMargin Stratum() => new("stratum", Ints(Data["stratum"]), new Dictionary<int, double> { [1] = 10000, [2] = 8000, [3] = 2535 });

    private static WeightMargin Gender() => new("kjonn", Ints(Data["kjonn"]), new Dictionary<int, double> { [1] = 14375, [2] = 6160 });

    private static void SameWeights(IReadOnlyList<double> actual, double[] expected, double tolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(actual[i] - expected[i]) <= tolerance * Math.Max(1e-300, Math.Abs(expected[i])),
                $"{what}, row {i + 1}: expected {expected[i].ToString("R", CultureInfo.InvariantCulture)} (R), got {actual[i].ToString("R", CultureInfo.InvariantCulture)}");
        }
    }

    [Fact]
    public void Post_stratification_matches_postStratify()
    {
        var r = PostStratification.Apply(Data["w"], Stratum());
        SameWeights(r.Weights, RWeights["poststrat"], 1e-8, "postStratify");
        Assert.Equal(3, r.Cells.Count);
        Assert.Contains("Justeringsfaktor", r.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Post_stratification_summary_hides_a_cell_of_two_and_the_cell_that_would_give_it_away()
    {
        // Issue 17: the summary printed n = 2 (and the factor population ÷ 2) for a post-stratum of two respondents.
        int[] codes = [.. Enumerable.Repeat(1, 40), .. Enumerable.Repeat(2, 2), .. Enumerable.Repeat(3, 30)];
        var r = PostStratification.Apply(null, new WeightMargin("g", codes, new Dictionary<int, double> { [1] = 400, [2] = 100, [3] = 300 }));
        var t = r.Summary();
        var rows = t.Rows.Where(row => row[0].Text is "1" or "2" or "3").ToDictionary(row => row[0].Text!);
        Assert.Equal(3, rows.Count);
        Assert.Equal(Analysenotater.Reporting.CellKind.Suppressed, rows["2"][1].Kind);
        Assert.Equal(Analysenotater.Reporting.CellKind.Suppressed, rows["2"][2].Kind);
        Assert.Equal(Analysenotater.Reporting.CellKind.Suppressed, rows["2"][4].Kind);
        Assert.Equal(100, rows["2"][3].Value); // the population total is public

        // The sample's total (72) is printed elsewhere: the cells shown must not leave just the two.
        var shown = rows.Values.Where(row => row[1].Kind == Analysenotater.Reporting.CellKind.Count).Sum(row => row[1].Value);
        Assert.NotEqual(2, 72 - shown);

        // The weights are still the post-stratified ones.
        Assert.Equal(100, r.Weights.Where((_, i) => codes[i] == 2).Sum(), 9);
    }

    [Fact]
    public void Raking_matches_rake_and_reports_convergence()
    {
        // Both iterate to a margin error below 1e-10 of the total (R: epsilon 1e-13 · Σw), so 1e-8 relative on each weight.
        var r = Raking.Rake(Data["w"], [Stratum(), Gender()]);
        SameWeights(r.Weights, RWeights["rake"], 1e-8, "rake");
        Assert.True(r.Converged);
        Assert.InRange(r.Iterations, 2, 100);
        Assert.True(r.MaxRelativeError <= 1e-10);
        Assert.Equal(r.Iterations, r.ErrorHistory.Count);
        Assert.Contains("Konvergerte etter", r.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Raking_that_does_not_converge_throws_with_the_report()
    {
        Assert.Equal(1, Ref["rake_one_sweep_warns"].Value); // R warns "did not converge" after one sweep too
        var ex = Assert.Throws<RakingNotConvergedException>(() => Raking.Rake(Data["w"], [Stratum(), Gender()], new RakingOptions { MaxIterations = 1 }));
        Assert.NotNull(ex.Result);
        Assert.False(ex.Result!.Converged);
        Assert.Equal(1, ex.Result.Iterations);
        Assert.Contains("did not converge after 1 sweeps", ex.Message, StringComparison.Ordinal);
        Assert.Contains("stratum", ex.Message, StringComparison.Ordinal); // the gender margin is exact after the sweep

        var r = Raking.Rake(Data["w"], [Stratum(), Gender()], new RakingOptions { MaxIterations = 1, ThrowIfNotConverged = false });
        Assert.False(r.Converged);
        Assert.Contains("KONVERGERTE IKKE", r.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Raking_refuses_margins_whose_totals_disagree()
    {
        var g = new WeightMargin("kjonn", Ints(Data["kjonn"]), new Dictionary<int, double> { [1] = 14000, [2] = 6000 });
        var ex = Assert.Throws<ArgumentException>(() => Raking.Rake(Data["w"], [Stratum(), g]));
        Assert.Contains("totals disagree", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_population_cell_without_sample_is_named()
    {
        var m = new WeightMargin("stratum", Ints(Data["stratum"]), new Dictionary<int, double> { [1] = 1, [2] = 1, [3] = 1, [4] = 5 });
        var ex = Assert.Throws<ArgumentException>(() => PostStratification.Apply(null, m));
        Assert.Contains("category 4", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "trim")]
    [InlineData(true, "trim_strict")]
    public void Trimming_matches_trimWeights(bool strict, string column)
    {
        var r = WeightTrimming.Trim(Data["w"], lower: 1, upper: 7, strict: strict);
        SameWeights(r.Weights, RWeights[column], 1e-8, column);
        Assert.Equal(0, r.Weights[4]); // a zero weight stays 0
        Assert.Equal(Data["w"].Sum(), r.Weights.Sum(), 1e-9);
    }

    [Fact]
    public void Kish_design_effect_and_effective_n()
    {
        var s = WeightSummary.Of(Data["w"]);
        Close(Ref, "kish_deff", s.KishDesignEffect);
        Close(Ref, "kish_neff", s.EffectiveN);
        Close(Ref, "weight_cv", s.CoefficientOfVariation);
        Assert.Equal(2, s.ZeroWeights);
        Assert.Contains("Effektivt n", s.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Weighted_and_unweighted_side_by_side_match_svymean()
    {
        var d = SurveyDesign.FromArrays(Data["w"], Ints(Data["kommune"]), Ints(Data["stratum"]));
        var c = WeightingComparison.Of(d, [("y", Data["y"])]);
        Close(Ref, "weighted_mean_y", c.Rows[0].Weighted.Estimate);
        Close(Ref, "weighted_mean_y_se", c.Rows[0].Weighted.StandardError);
        Close(Ref, "unweighted_mean_y", c.Rows[0].Unweighted.Estimate);
        Close(Ref, "unweighted_mean_y_se", c.Rows[0].Unweighted.StandardError);
        Assert.Contains("Uvektet", c.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_weights_name_the_row()
    {
        var ex = Assert.Throws<ArgumentException>(() => WeightSummary.Of([1.0, 2, double.NaN]));
        Assert.Contains("row 3", ex.Message, StringComparison.Ordinal);
    }
}
