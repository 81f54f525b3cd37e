using System.Globalization;
using Analysenotater.Statistics.Comparison;
using Analysenotater.Statistics.Design;
using static Analysenotater.Tests.Statistics.Design.SurveyReference;

namespace Analysenotater.Tests.Statistics.Comparison;

/// <summary>Against base R t.test / prop.test / Newcombe's formula and survey::svycontrast (Reference/Survey/comparison_reference.R).</summary>
public class UnitComparisonTests
{
    private static readonly Dictionary<string, (double Value, double Tolerance)> Ref = Values("comparison_reference.csv");

    private static (double[] X, double[] Z) Samples()
    {
        var lines = File.ReadAllLines(PathOf("comparison_data.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        double[] Of(string g) => lines.Where(c => c[0].Trim('"') == g).Select(c => double.Parse(c[1], CultureInfo.InvariantCulture)).ToArray();
        return (Of("x"), Of("z"));
    }

    private static (double Mean, double Se, int N) Describe(double[] v)
    {
        var m = v.Average();
        var s = Math.Sqrt(v.Sum(x => (x - m) * (x - m)) / (v.Length - 1));
        return (m, s / Math.Sqrt(v.Length), v.Length);
    }

    [Fact]
    public void Against_a_fixed_value_matches_one_sample_t_test()
    {
        var (m, se, n) = Describe(Samples().X);
        var c = UnitComparison.AgainstFixed(m, se, 60, n - 1, n, "Tilfredshet", "Kommune A", "Landet");
        Close(Ref, "fixed_diff", c.Difference);
        Close(Ref, "fixed_lo", c.Lower);
        Close(Ref, "fixed_hi", c.Upper);
        Close(Ref, "fixed_t", c.Statistic);
        Close(Ref, "fixed_p", c.P);
        Assert.Contains("Kommune A sammenlignet med Landet", c.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Independent_samples_match_welch_t_test()
    {
        var (x, z) = Samples();
        var (m1, se1, n1) = Describe(x);
        var (m2, se2, n2) = Describe(z);
        var c = UnitComparison.Independent(m1, se1, m2, se2, n1 - 1, n2 - 1, n1, n2, "Tilfredshet", "2017", "2016");
        Close(Ref, "welch_diff", c.Difference);
        Close(Ref, "welch_lo", c.Lower);
        Close(Ref, "welch_hi", c.Upper);
        Close(Ref, "welch_df", c.Df);
        Close(Ref, "welch_p", c.P);
    }

    [Theory]
    [InlineData(56, 70, 48, 80)]
    [InlineData(212, 473, 150, 400)]
    [InlineData(3, 12, 10, 15)]
    public void Two_proportions_match_newcombe_and_prop_test(int x1, int n1, int x2, int n2)
    {
        var c = UnitComparison.ProportionDifference(x1, n1, x2, n2);
        var key = $"newcombe_{x1}_{n1}_{x2}_{n2}";
        Close(Ref, key + "_lo", c.Lower);
        Close(Ref, key + "_hi", c.Upper);
        Close(Ref, key + "_p", c.P);
        Assert.Equal((double)x1 / n1 - ((double)x2 / n2), c.Difference, 15);
    }

    [Fact]
    public void A_proportion_against_a_fixed_share_matches_prop_test()
    {
        var c = UnitComparison.ProportionAgainstFixed(212, 473, 0.32, "Fullført grunnskole", "Utvalget", "BrukerPlan");
        Close(Ref, "propfixed_lo", c.Lower);
        Close(Ref, "propfixed_hi", c.Upper);
        Close(Ref, "propfixed_p", c.P);
        Assert.Contains("prosentpoeng", c.Summary(asPercent: true).ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_municipality_within_the_design_matches_svycontrast()
    {
        var d = Columns("design_data.csv");
        var design = SurveyDesign.FromArrays(d["w"], Ints(d["kommune"]), Ints(d["stratum"]));
        var unit = d["kommune"].Select(k => k == 301).ToArray();
        var rest = UnitComparison.WithinDesign(design, d["y"], unit);
        Close(Ref, "within_rest_diff", rest.Difference);
        Close(Ref, "within_rest_se", rest.StandardError);
        Close(Ref, "within_df", rest.Df);
        var whole = UnitComparison.WithinDesign(design, d["y"], unit, againstWholeSample: true);
        Close(Ref, "within_whole_diff", whole.Difference);
        Close(Ref, "within_whole_se", whole.StandardError);
        Assert.Equal("Hele utvalget", whole.ReferenceLabel);
    }

    [Fact]
    public void Invalid_input_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UnitComparison.AgainstFixed(1, -1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => UnitComparison.ProportionDifference(5, 4, 1, 2));
    }
}
