using Analysenotater.Statistics.Comparison;
using static Analysenotater.Tests.Reference.Estimators.EstimatorsReference;
using static Analysenotater.Tests.Reference.Models.ModelsReference;

namespace Analysenotater.Tests.Statistics.Comparison;

/// <summary>Welch, Student and one-sample t-tests from data against R t.test (estimators-values.csv).</summary>
public sealed class TTestTests
{
    private static (double[] Men, double[] Women) Groups()
    {
        var y = DataFile.Column("y");
        var kjonn = DataFile.Column("kjonn");
        return ([.. y.Where((_, i) => kjonn[i] == 1)], [.. y.Where((_, i) => kjonn[i] == 2)]);
    }

    [Theory]
    [InlineData("welch")]
    [InlineData("student")]
    public void Two_sample_tests_match_R_t_test(string kind)
    {
        var (m, w) = Groups();
        var r = kind == "welch" ? TTest.Welch(m, w) : TTest.Student(m, w);
        var k = $"ttest.{kind}.";
        Check(k + "t", r.T);
        Check(k + "df", r.Df);
        Check(k + "p", r.P);
        Check(k + "lower", r.Lower);
        Check(k + "upper", r.Upper);
        Check(k + "se", r.StandardError);
        Check(k + "mean1", r.Mean1);
        Check(k + "mean2", r.Mean2);
        Check("ttest.n1", r.N1);
        Check("ttest.n2", r.N2);
        var (lo, hi) = r.ConfidenceInterval(0.95);
        Assert.Equal(r.Lower, lo);
        Assert.Equal(r.Upper, hi);
        Assert.Contains("t =", r.SummaryLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void One_sample_test_at_90_percent_matches_R()
    {
        var r = TTest.OneSample(DataFile.Column("y"), 60, 0.9);
        Check("ttest.one.t", r.T);
        Check("ttest.one.df", r.Df);
        Check("ttest.one.p", r.P);
        Check("ttest.one.lower", r.Lower);
        Check("ttest.one.upper", r.Upper);
    }

    [Fact]
    public void Welch_equals_the_hand_built_independent_comparison()
    {
        var (m, w) = Groups();
        var r = TTest.Welch(m, w);
        var mm = m.Where(v => !double.IsNaN(v)).ToArray();
        var ww = w.Where(v => !double.IsNaN(v)).ToArray();
        static double Sd(double[] v) => Math.Sqrt(v.Sum(x => (x - v.Average()) * (x - v.Average())) / (v.Length - 1));
        var old = UnitComparison.Independent(mm.Average(), Sd(mm) / Math.Sqrt(mm.Length), ww.Average(), Sd(ww) / Math.Sqrt(ww.Length), mm.Length - 1, ww.Length - 1);
        Assert.Equal(old.P, r.P, 12);
        Assert.Equal(old.Df, r.Df, 9);
    }

    [Fact]
    public void A_group_with_one_value_is_refused_by_name()
    {
        var ex = Assert.Throws<ArgumentException>(() => TTest.Welch([1, 2, 3], [4, double.NaN]));
        Assert.Contains("group 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("it has 1", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Groups 1 and 3 of 20 rows and group 2 of two rows (answers 1 and 5: mean 3, SD 2,83 give both back).</summary>
    private static Analysenotater.Data.SurveyDataset SmallGroupData(bool withGroupOfTwo)
    {
        var y = new List<double>();
        var g = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            y.Add(3 + (i % 3));
            g.Add(1);
            y.Add(2 + (i % 4));
            g.Add(3);
        }

        if (withGroupOfTwo)
        {
            y.AddRange([1, 5]);
            g.AddRange([2, 2]);
        }

        return new Analysenotater.Data.SurveyDataset(null, [new Analysenotater.Data.NumericColumn("y", [.. y]), new Analysenotater.Data.NumericColumn("g", [.. g])]);
    }

    [Fact]
    public void A_t_test_from_data_refuses_a_group_of_two_and_a_group_that_would_give_it_away()
    {
        // Issue 17: TTest.Welch(data, "y", "g", 1, 2) printed the two respondents' n, mean and SD (their answers).
        var data = SmallGroupData(withGroupOfTwo: true);
        foreach (var (a, b) in new[] { (1.0, 2.0), (2.0, 3.0), (1.0, 3.0) })
        {
            // (1, 3): with Totalt shown by any table of y by g, Totalt − group 1 − group 3 is the two; one of 1 and 3 is hidden too.
            var welch = Assert.Throws<ArgumentException>(() => TTest.Welch(data, "y", "g", a, b));
            var student = Assert.Throws<ArgumentException>(() => TTest.Student(data, "y", "g", a, b));
            foreach (var ex in new[] { welch, student })
            {
                Assert.Contains("disclosure control", ex.Message, StringComparison.Ordinal);
                Assert.DoesNotContain("has 2", ex.Message, StringComparison.Ordinal);
            }
        }

        // Without the small group the test runs, and gives what the arrays give.
        var clean = SmallGroupData(withGroupOfTwo: false);
        var r = TTest.Welch(clean, "y", "g", 1, 3);
        var y = clean.ValidValues("y");
        var g = clean.ValidValues("g");
        var expected = TTest.Welch([.. y.Where((_, i) => g[i] == 1)], [.. y.Where((_, i) => g[i] == 3)]);
        Assert.Equal(expected.Estimate, r.Estimate, 12);
        Assert.Equal(20, r.N1);
    }
}
