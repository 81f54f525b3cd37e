using System.Reflection;
using System.Text.Json;
using Analysenotater.Data;
using Analysenotater.Plotting.Groups;
using Analysenotater.Plotting.Likert;
using Analysenotater.Tables;

namespace Analysenotater.Plotting.Tests;

/// <summary>
/// Issue 17, open point 1: on the report path charts take released result objects and draw only released cells; a
/// suppressed cell is a gap with a note, never a number. Builders from raw values live in <c>Plotting.Raw</c> only.
/// </summary>
public sealed class ReleasedChartsTests
{
    /// <summary>q answered 1, 2, 3 …; group G1 has 2 respondents (hidden), G2 20 (hidden by secondary suppression), G3 30.</summary>
    private static SurveyDataset Small()
    {
        var g = Enumerable.Repeat(1, 2).Concat(Enumerable.Repeat(2, 20)).Concat(Enumerable.Repeat(3, 30)).ToArray();
        var q = g.Select((x, i) => (int?)(x == 1 ? 3 : 1 + (i % 3))).ToArray();
        var q2 = g.Select((x, i) => (int?)(x == 1 ? 1 : 1 + ((i + 1) % 3))).ToArray();
        return new SurveyDataset(null, [CodeColumn.FromNullable("q", q), CodeColumn.FromNullable("q2", q2), CodeColumn.FromNullable("g", [.. g.Select(x => (int?)x)])]);
    }

    private static readonly Dictionary<int, string> Labels = new() { [1] = "G1", [2] = "G2", [3] = "G3" };

    private static FrequencyTable Table(string item) => FrequencyTables.By(Small(), item, "g", options: new FrequencyOptions { GroupLabels = Labels });

    /// <summary>Every number anywhere in the chart's traces (values, text, hover data), as text.</summary>
    private static string TraceText(JsonElement chart) => chart.GetProperty("data").GetRawText();

    [Fact]
    public void Likert_from_released_tables_draws_a_hidden_group_as_a_gap_marked_skjult()
    {
        var tables = new[] { Table("q"), Table("q2") };
        Assert.Equal(Disclosure.DisclosureLevel.Nothing, tables[0].Level("G1"));
        var json = ChartJson.Of(LikertCharts.Stacked(tables, "Møtet", ["A", "B"], group: "G1"));
        Assert.Equal(["A (skjult)", "B (skjult)"], json.Trace(0).Strings("y"));
        Assert.All(Enumerable.Range(0, json.TraceCount()), t => Assert.All(json.Trace(t).NumbersOrGaps("x"), x => Assert.Null(x)));
        Assert.Contains("Ikke vist av personvernhensyn", json.Annotations(), StringComparison.Ordinal);
        Assert.DoesNotContain("100", TraceText(json), StringComparison.Ordinal); // G1 answered 3 (q) and 1 (q2): 100 % each

        // The secondary-suppressed group is a gap too; the released one is drawn.
        var g2 = ChartJson.Of(LikertCharts.Diverging(tables, "Møtet", ["A", "B"], group: "G2"));
        Assert.All(g2.Trace(0).Strings("y"), l => Assert.EndsWith("(skjult)", l, StringComparison.Ordinal));
        var g3 = ChartJson.Of(LikertCharts.Stacked(tables, "Møtet", ["A", "B"], group: "G3"));
        Assert.All(g3.Trace(0).Strings("y"), l => Assert.Contains("n\u00A0=\u00A030", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Grouped_bars_from_released_tables_leave_hidden_cells_as_gaps()
    {
        var tables = new[] { Table("q"), Table("q2") };
        var byItem = ChartJson.Of(GroupCharts.Bars(tables, "Topp", labels: ["A", "B"]));
        var names = Enumerable.Range(0, byItem.TraceCount()).Select(t => byItem.Trace(t).GetProperty("name").GetString()).ToList();
        Assert.Equal(["G1", "G2", "G3"], names);
        Assert.Empty(byItem.Trace(0).Numbers("y")); // G1: no bar at all
        Assert.Empty(byItem.Trace(1).Numbers("y")); // G2: secondary
        Assert.Equal(2, byItem.Trace(2).Numbers("y").Length);
        Assert.Contains("A – G1", byItem.Annotations(), StringComparison.Ordinal);

        var single = ChartJson.Of(GroupCharts.Bars(tables[0]));
        Assert.DoesNotContain("n\u00A0=\u00A02<", TraceText(single), StringComparison.Ordinal);
        Assert.DoesNotContain("n\u00A0=\u00A020", TraceText(single), StringComparison.Ordinal);
    }

    [Fact]
    public void Key_figures_and_domain_estimates_draw_only_released_cells()
    {
        var data = Small();
        var kf = FrequencyTables.KeyFigures(data, [new KeyFigureRow("q", "Tre", [3])], groupBy: "g", groupLabels: Labels);
        var json = ChartJson.Of(GroupCharts.Bars(kf));
        var g1 = Enumerable.Range(0, json.TraceCount()).Single(t => json.Trace(t).GetProperty("name").GetString() == "G1");
        Assert.Empty(json.Trace(g1).Numbers("y"));

        var y = data.ValidValues("q");
        var dom = Enumerable.Range(0, data.RowCount).Select(r => (int)data.ValidValues("g")[r]).ToArray();
        var by = Statistics.Design.SurveyDesign.FromArrays(null, [.. Enumerable.Range(0, data.RowCount)], null).MeanBy(y, dom, "q");
        var d = ChartJson.Of(GroupCharts.Bars(by));
        Assert.Single(d.Trace(0).Numbers("y")); // domain 3 only: 1 hidden, 2 secondary
    }

    [Fact]
    public void Report_path_builders_take_no_raw_values_and_raw_builders_say_so()
    {
        Type[] raw = [typeof(LikertChartData), typeof(LikertItem), typeof(GroupedBarData), typeof(BarSeries), typeof(Coefficients.CoefficientInterval),
            typeof(Words.WordCount), typeof(Words.KeynessTerm), typeof(Dimensions.DimensionScore), typeof(Trends.TrendSeries), typeof(Trends.TrendPoint),
            typeof(Representativeness.ShareComparison)];
        bool IsRaw(Type t) => raw.Contains(t) || t == typeof(double[]) || t == typeof(int[])
            || (t.IsGenericType && t.GetGenericArguments().Any(IsRaw)) || (t.IsArray && IsRaw(t.GetElementType()!));
        var assembly = typeof(LikertCharts).Assembly;
        var builders = assembly.GetExportedTypes().Where(t => t.IsAbstract && t.IsSealed) // static classes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(Plotly.NET.GenericChart)).Select(m => (t, m)))
            .ToList();
        Assert.True(builders.Count >= 10);
        var offending = builders.Where(b => b.t.Namespace != "Analysenotater.Plotting.Raw" && b.m.GetParameters().Any(p => IsRaw(p.ParameterType)))
            .Select(b => $"{b.t.Name}.{b.m.Name}").ToList();
        Assert.Empty(offending);
        Assert.All(builders.Where(b => b.t.Namespace == "Analysenotater.Plotting.Raw"), b => Assert.EndsWith("FromUnreleasedValues", b.m.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void No_notebook_or_report_source_calls_a_raw_chart_builder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analysenotater.sln")))
        {
            dir = dir.Parent;
        }

        var root = dir!.FullName;
        var files = Directory.EnumerateFiles(Path.Combine(root, "notebooks"), "*.ipynb")
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "src", "Analysenotater.Reports"), "*.cs", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "src", "Analysenotater.Notebooks"), "*.cs", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "src", "Analysenotater.Cli"), "*.cs", SearchOption.AllDirectories))
            .ToList();
        Assert.True(files.Count > 9);
        var hits = files.Where(f => File.ReadAllText(f) is var s && (s.Contains("FromUnreleasedValues", StringComparison.Ordinal) || s.Contains("UnreleasedCharts", StringComparison.Ordinal) || s.Contains("using Analysenotater.Plotting.Raw", StringComparison.Ordinal) || s.Contains("new DimensionScore", StringComparison.Ordinal)
            || s.Contains("new LikertChartData", StringComparison.Ordinal) || s.Contains("new GroupedBarData", StringComparison.Ordinal) || s.Contains("new BarSeries", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(root, f)).ToList();
        Assert.Empty(hits);
    }
}
