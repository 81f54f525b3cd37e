using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Plotting.Groups;
using Analysenotater.Plotting.Likert;
using Analysenotater.Tables;

namespace Analysenotater.Plotting.Tests;

/// <summary>The one-line charts from a dataset or a table give the same figures as the long-hand chart data.</summary>
public sealed class OneLineChartsTests
{
    private static readonly Lazy<Data.SurveyDataset> Data = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analysenotater.sln")))
        {
            dir = dir.Parent;
        }

        return SurveyCsvReader.Read(Path.Combine(dir!.FullName, "data-samples", "korus-2017", "korus-2017-synthetic.csv"), KnownInstruments.KoRus2017).Dataset;
    });

    [Fact]
    public void Stacked_from_a_dataset_equals_the_long_hand_chart_with_instrument_labels()
    {
        string[] items = ["q16", "q17", "q18"];
        var tables = items.Select(id => Data.Value.Frequencies(id)).ToList();
        var categories = tables[0].Categories;
        var longHand = Raw.UnreleasedCharts.LikertStackedFromUnreleasedValues(new LikertChartData("Møtet", categories,
            [.. tables.Select(t => new LikertItem(KnownInstruments.KoRus2017.GetItem(t.ItemId).DisplayLabel, t.ValidN("Totalt") ?? 0,
                t.IsSuppressed("Totalt") ? null : [.. categories.Select(k => t.Percent("Totalt", k))]))])
            { SuppressionReason = Disclosure.AnalysisContext.Default.Disclosure.Description });
        var oneLine = LikertCharts.Stacked(Data.Value, items, title: "Møtet");
        Assert.Equal(ChartJson.Of(longHand).ToString(), ChartJson.Of(oneLine).ToString());
        Assert.DoesNotContain("q16", ChartJson.Of(oneLine).Trace(0).Strings("y")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Stacked_by_a_group_has_one_bar_per_item_and_group_and_diverging_works_the_same_way()
    {
        var chart = ChartJson.Of(LikertCharts.Stacked(Data.Value, ["q16", "q17"], by: "kjonn"));
        var labels = chart.Trace(0).Strings("y");
        Assert.Equal(4, labels.Length);
        Assert.All(labels, l => Assert.Contains(" – ", l, StringComparison.Ordinal));
        Assert.True(ChartJson.Of(LikertCharts.Diverging(Data.Value, ["q16", "q17"])).TraceCount() >= 5);
        Assert.Throws<ArgumentException>(() => LikertCharts.Stacked(Data.Value, []));
    }

    [Fact]
    public void Bars_from_a_frequency_table_need_no_casts_and_leave_withheld_groups_out()
    {
        var table = Data.Value.Frequencies("q9", by: "kommunestorrelse", options: new FrequencyOptions { Recode = Recode.KoRusThreeWay });
        var chart = ChartJson.Of(GroupCharts.Bars(table));
        Assert.Equal(table.Groups.Count, chart.TraceCount());
        Assert.Equal(table.Percent("Totalt", table.Categories[0]), chart.Trace(0).Numbers("y")[0], 10);
    }
}
