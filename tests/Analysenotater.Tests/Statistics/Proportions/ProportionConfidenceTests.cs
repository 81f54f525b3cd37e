using System.Globalization;
using Analysenotater.Statistics.Proportions;
using Analysenotater.Tests.Statistics.Design;

namespace Analysenotater.Tests.Statistics.Proportions;

/// <summary>Binomial intervals against base R (Reference/Survey/proportions_reference.R): prop.test, binom.test and the documented formulas.</summary>
public class ProportionConfidenceTests
{
    public static TheoryData<int, int, double, string, double, double> Cases()
    {
        var data = new TheoryData<int, int, double, string, double, double>();
        foreach (var line in File.ReadLines(SurveyReference.PathOf("proportions_reference.csv")).Skip(1))
        {
            var c = line.Split(',');
            data.Add(int.Parse(c[0], CultureInfo.InvariantCulture), int.Parse(c[1], CultureInfo.InvariantCulture), double.Parse(c[2], CultureInfo.InvariantCulture), c[3],
                double.Parse(c[4], CultureInfo.InvariantCulture), double.Parse(c[5], CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Interval_matches_R(int x, int n, double level, string method, double lower, double upper)
    {
        var ci = ProportionConfidence.Interval(x, n, Enum.Parse<ProportionCiMethod>(method), level);
        // Closed forms and beta quantiles: 1e-8 relative; an absolute floor of 1e-14 for limits that are exactly 0.
        Assert.True(Math.Abs(ci.Lower - lower) <= (1e-8 * Math.Abs(lower)) + 1e-14, $"{method} {x}/{n}: lower {ci.Lower:R} vs R {lower:R}");
        Assert.True(Math.Abs(ci.Upper - upper) <= (1e-8 * Math.Abs(upper)) + 1e-14, $"{method} {x}/{n}: upper {ci.Upper:R} vs R {upper:R}");
        Assert.Equal((double)x / n, ci.Estimate);
        Assert.Equal(n, ci.N);
    }

    [Fact]
    public void Wilson_is_the_default() => Assert.Equal("Wilson", ProportionConfidence.Interval(3, 10).Method);

    [Fact]
    public void Wald_collapses_at_zero_and_says_so()
    {
        var ci = ProportionConfidence.Interval(0, 20, ProportionCiMethod.Wald);
        Assert.Equal(0, ci.Width);
        Assert.Contains(ci.Notes, n => n.Contains("Wilson", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_counts_are_refused_with_values()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionConfidence.Interval(5, 3));
        Assert.Contains("n = 3", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionConfidence.Interval(0, 0));
    }

    [Fact]
    public void Compare_shows_wald_beside_wilson_in_norwegian()
    {
        var t = ProportionConfidence.Compare(212, 473, "fullført grunnskole");
        Assert.Equal(5, t.Rows.Count);
        Assert.Equal("Wald", t.Rows[0][0].Text);
        Assert.Contains("44,8", t.ToText(), StringComparison.Ordinal);
    }
}
