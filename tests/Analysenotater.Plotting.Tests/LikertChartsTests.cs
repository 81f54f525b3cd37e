using Analysenotater.Plotting.Raw;
using Analysenotater.Plotting.Likert;

namespace Analysenotater.Plotting.Tests;

public class LikertChartsTests
{
    private static readonly string[] Scale = ["Helt uenig", "Litt uenig", "Litt enig", "Helt enig"];

    // Tilgjengelighet items as printed in seed 000 (rows sum to 93–99 %, as on the slide).
    private static LikertChartData Ks() => new("Tilgjengelighet", Scale,
    [
        new LikertItem("Ventetid", 24, [4, 4, 13, 75]),
        new LikertItem("Finne informasjon", 24, [6, 7, 22, 44]),
        new LikertItem("Lett å søke", 3, null),
        new LikertItem("Telefon", 24, [9, 4, 5, 75]),
    ])
    { SuppressionReason = "færre enn 5 svar" };

    [Fact]
    public void Stacked_has_one_horizontal_bar_trace_per_category_in_scale_order()
    {
        var json = ChartJson.Of(UnreleasedCharts.LikertStackedFromUnreleasedValues(Ks()));
        Assert.Equal(4, json.TraceCount());
        for (var c = 0; c < 4; c++)
        {
            Assert.Equal("bar", json.Trace(c).GetProperty("type").GetString());
            Assert.Equal("h", json.Trace(c).GetProperty("orientation").GetString());
            Assert.Equal(Scale[c], json.Trace(c).GetProperty("name").GetString());
        }

        Assert.Equal("stack", json.Layout().GetProperty("barmode").GetString());
        Assert.Equal(",\u00A0", json.Layout().GetProperty("separators").GetString());
    }

    [Fact]
    public void Stacked_shows_n_and_values_and_draws_the_suppressed_item_as_a_gap_with_a_note()
    {
        var json = ChartJson.Of(UnreleasedCharts.LikertStackedFromUnreleasedValues(Ks()));
        Assert.Equal(["Ventetid (n\u00A0=\u00A024)", "Finne informasjon (n\u00A0=\u00A024)", "Lett å søke (skjult)", "Telefon (n\u00A0=\u00A024)"], json.Trace(0).Strings("y"));
        Assert.Equal([75d, 44, null, 75], json.Trace(3).NumbersOrGaps("x"));
        Assert.Contains("Lett å søke", json.Annotations(), StringComparison.Ordinal);
        Assert.Contains("færre enn 5 svar", json.Annotations(), StringComparison.Ordinal);
    }

    [Fact]
    public void Diverging_sorts_by_top_box_and_puts_negative_answers_left()
    {
        // Top box (Litt enig + Helt enig): Ventetid 88, Finne informasjon 66, Telefon 80 → order Ventetid, Telefon, Finne informasjon.
        var json = ChartJson.Of(UnreleasedCharts.LikertDivergingFromUnreleasedValues(Ks()));
        var y = json.Trace(0).Strings("y");
        Assert.Equal(["Ventetid (n\u00A0=\u00A024)", "Telefon (n\u00A0=\u00A024)", "Finne informasjon (n\u00A0=\u00A024)", "Lett å søke (skjult)"], y);

        // Trace order: Litt uenig (closest to zero), Helt uenig, then Litt enig, Helt enig.
        Assert.Equal(["Litt uenig", "Helt uenig", "Litt enig", "Helt enig"], Enumerable.Range(0, 4).Select(i => json.Trace(i).GetProperty("name").GetString()!).ToArray());
        Assert.Equal([-4d, -4, -7, null], json.Trace(0).NumbersOrGaps("x"));
        Assert.Equal([-4d, -9, -6, null], json.Trace(1).NumbersOrGaps("x"));
        Assert.Equal([75d, 75, 44, null], json.Trace(3).NumbersOrGaps("x"));
        Assert.Equal("relative", json.Layout().GetProperty("barmode").GetString());
    }

    [Fact]
    public void Diverging_splits_a_neutral_middle_category_across_zero()
    {
        var data = new LikertChartData("Fem-punkt", ["1", "2", "3", "4", "5"], [new LikertItem("A", 100, [10, 20, 30, 25, 15])]);
        var json = ChartJson.Of(UnreleasedCharts.LikertDivergingFromUnreleasedValues(data));

        // Neutral (3) half left (−15) drawn first, then 2 (−20), 1 (−10), neutral half right (+15), 4, 5.
        Assert.Equal(6, json.TraceCount());
        Assert.Equal(-15d, json.Trace(0).Numbers("x")[0]);
        Assert.Equal(-20d, json.Trace(1).Numbers("x")[0]);
        Assert.Equal(-10d, json.Trace(2).Numbers("x")[0]);
        Assert.Equal(15d, json.Trace(3).Numbers("x")[0]);
        Assert.False(json.Trace(3).GetProperty("showlegend").GetBoolean());
        Assert.Equal(40d, data.TopBox(data.Items[0]));
    }

    [Fact]
    public void Wrong_number_of_percentages_is_refused_with_the_item_named()
    {
        var bad = new LikertChartData("X", Scale, [new LikertItem("Kort rad", 10, [50, 50])]);
        var ex = Assert.Throws<ArgumentException>(() => UnreleasedCharts.LikertStackedFromUnreleasedValues(bad));
        Assert.Contains("Kort rad", ex.Message, StringComparison.Ordinal);
    }
}
