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
}
