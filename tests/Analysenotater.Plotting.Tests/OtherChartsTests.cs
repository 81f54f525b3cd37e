using Analysenotater.Plotting.Raw;
using Analysenotater.Plotting.Coefficients;
using Analysenotater.Plotting.Dimensions;
using Analysenotater.Plotting.Groups;
using Analysenotater.Plotting.Representativeness;
using Analysenotater.Plotting.Trends;
using Analysenotater.Plotting.Words;

namespace Analysenotater.Plotting.Tests;

public class OtherChartsTests
{
    [Fact]
    public void Grouped_bars_carry_n_per_bar_keep_category_order_and_skip_withheld_values()
    {
        var data = new GroupedBarData("Alt i alt tilfredsstillende", ["q9", "q10"],
        [
            new BarSeries("Liten", [70, null], [51, 3]),
            new BarSeries("Stor", [50, 37], [343, 340]),
        ], "Andel i stor/svært stor grad");
        var json = ChartJson.Of(UnreleasedCharts.GroupedBarsFromUnreleasedValues(data));
        Assert.Equal(2, json.TraceCount());
        Assert.Equal(["q9"], json.Trace(0).Strings("x"));
        Assert.Equal(["70\u00A0%<br>n\u00A0=\u00A051"], json.Trace(0).Strings("text"));
        Assert.Equal(["q9", "q10"], json.Layout().GetProperty("xaxis").Strings("categoryarray"));
        Assert.Contains("q10 – Liten", json.Annotations(), StringComparison.Ordinal);
        Assert.Equal("group", json.Layout().GetProperty("barmode").GetString());
    }

    [Fact]
    public void Sample_versus_reference_draws_a_segment_per_pair_and_notes_missing_reference()
    {
        // Tabell 1: Kvinner 30 % vs 27 %; Andel over 60 år 8 % vs 10 %; Bostedsløse has no register figure here.
        var rows = new[] { new ShareComparison("Kvinner", 30, 27), new ShareComparison("Over 60 år", 8, 10), new ShareComparison("Bostedsløse", 13, null) };
        var json = ChartJson.Of(UnreleasedCharts.SampleVersusReferenceFromUnreleasedValues(rows, "Utvalg mot BrukerPlan", "Utvalget", "BrukerPlan 2016"));
        Assert.Equal(3, json.TraceCount());
        var seg = json.Trace(0).GetProperty("x").EnumerateArray().Select(x => x.ValueKind == System.Text.Json.JsonValueKind.Null ? double.NaN : x.GetDouble()).ToArray();
        Assert.Equal(6, seg.Length); // two pairs, each followed by a null break
        Assert.Equal([30d, 27d], seg[..2]);
        Assert.Equal([27d, 10d], json.Trace(2).Numbers("x"));
        Assert.Contains("Bostedsløse", json.Annotations(), StringComparison.Ordinal);
    }

    [Fact]
    public void Coefficient_plot_puts_asymmetric_error_bars_from_the_limits()
    {
        var est = new[]
        {
            new CoefficientInterval("Kjønn", "OLS", -0.20, -0.30, -0.10),
            new CoefficientInterval("Kjønn", "CR2", -0.20, -0.45, 0.05),
            new CoefficientInterval("Alder", "OLS", 0.01, 0.00, 0.03),
        };
        var json = ChartJson.Of(UnreleasedCharts.CoefficientsFromUnreleasedValues(est, "Modell 1"));
        Assert.Equal(2, json.TraceCount());
        var ols = json.Trace(0);
        Assert.Equal("OLS", ols.GetProperty("name").GetString());
        Assert.Equal([0.10, 0.02], ols.GetProperty("error_x").Numbers("array"), new Tolerance(1e-12));
        Assert.Equal([0.10, 0.01], ols.GetProperty("error_x").Numbers("arrayminus"), new Tolerance(1e-12));
        Assert.Equal(["Kjønn", "Alder"], json.Layout().GetProperty("yaxis").Strings("ticktext"));
        Assert.Equal([-0.3, 0.7], ols.Numbers("y"), new Tolerance(1e-12)); // offsets for 2 methods: −0,3 and +0,3
    }

    [Fact]
    public void Coefficient_interval_that_misses_its_estimate_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => UnreleasedCharts.CoefficientsFromUnreleasedValues([new CoefficientInterval("Alder", "OLS", 1, 2, 3)], "x"));
        Assert.Contains("Alder", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_bars_sort_by_count_then_norwegian_alphabet()
    {
        var words = new[] { new WordCount("ønsker", 5), new WordCount("avtaler", 5), new WordCount("hjelp", 9), new WordCount("åpent", 5) };
        var json = ChartJson.Of(UnreleasedCharts.WordFrequenciesFromUnreleasedValues(words, "Hva fungerer bra", "Antall respondenter", "Minst 4 bokstaver"));
        Assert.Equal(["hjelp", "avtaler", "ønsker", "åpent"], json.Trace(0).Strings("y")); // Norwegian order: … ø before å
        Assert.Contains("Minst 4 bokstaver", json.Annotations(), StringComparison.Ordinal);
    }

    [Fact]
    public void Keyness_colours_by_direction()
    {
        var json = ChartJson.Of(UnreleasedCharts.KeynessFromUnreleasedValues([new KeynessTerm("ventetid", -2.1, 12.3), new KeynessTerm("trygg", 1.5, 8.0)], "Bra mot dårlig", "Bra", "Dårlig"));
        Assert.Equal(["trygg", "ventetid"], json.Trace(0).Strings("y"));
        Assert.Equal(2, json.Trace(0).GetProperty("marker").GetProperty("color").GetArrayLength());
    }

    [Fact]
    public void Trend_breaks_at_withheld_points_and_says_so()
    {
        var s = new TrendSeries("Tilgjengelighet", [new TrendPoint("2021", 3.4, 3.2, 3.6, 90), new TrendPoint("2022", null, null, null, 3)]);
        var json = ChartJson.Of(UnreleasedCharts.TrendsFromUnreleasedValues([s], "Utvikling", "Gjennomsnitt (1–4)", (1, 4)));
        var y = json.Trace(0).GetProperty("y");
        Assert.Equal(3.4, y[0].GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, y[1].ValueKind);
        Assert.Contains("Tilgjengelighet 2022", json.Annotations(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dimension_chart_labels_signed_difference_from_national_average()
    {
        var rows = new[] { new DimensionScore("Tilgjengelighet", 3.5, 98, 3.3, 3.4), new DimensionScore("Informasjon", 3.1, 98, 3.4, null), new DimensionScore("Helhet", null, 4, 3.5, null) };
        var json = ChartJson.Of(UnreleasedCharts.DimensionsFromUnreleasedValues(rows, "Dimensjoner", "Enheten 2022", "Landssnitt 2021", "Enheten 2021"));
        Assert.Equal(["3,5 (+0,2)", "3,1 (\u22120,3)"], json.Trace(0).Strings("text"));
        Assert.Equal(3, json.TraceCount());
        Assert.Equal([3.4], json.Trace(2).Numbers("x"));
        Assert.Contains("Helhet", json.Annotations(), StringComparison.Ordinal);
    }

    private sealed class Tolerance(double eps) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= eps;

        public int GetHashCode(double obj) => 0;
    }

    [Fact]
    public void Bar_series_take_plain_numbers_with_NaN_as_withheld_without_a_cast()
    {
        double[] percent = [70, double.NaN];
        var fromTable = new BarSeries("Liten", [.. percent.Select(p => p)], [51, 3]);
        Assert.Equal([70, null], fromTable.Values);
        var literal = new BarSeries("Stor", [50, 37], [343, 340]); // the plain-number overload wins for numbers; null needs double?
        Assert.Equal([50, 37], literal.Values);
    }
}
