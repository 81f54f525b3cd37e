using Analysenotater.Plotting.Building;
using Analysenotater.Reporting;
using Plotly.NET;

namespace Analysenotater.Plotting.Likert;

/// <summary>Likert charts: 100 % stacked bars (the KS slide style) and diverging bars sorted by top-box share.</summary>
public static class LikertCharts
{
    /// <summary>
    /// One line from a dataset: 100 % stacked bars of <paramref name="items"/> (one scale), labelled with the
    /// instrument's item labels and n, with disclosure control; with <paramref name="by"/> one bar per item and group.
    /// <c>LikertCharts.Stacked(data, ["q16", "q17", "q18"], by: "kjonn")</c>.
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <param name="items">Item ids sharing one answer scale, top to bottom.</param>
    /// <param name="by">A grouping column, or null for everyone.</param>
    /// <param name="title">The title; null: the item's label (one item) or «Andel av gyldige svar».</param>
    /// <param name="options">Recode and denominator (default: valid answers).</param>
    /// <param name="context">Disclosure control (default: the library's).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No items, or items on different scales.</exception>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public static GenericChart Stacked(Data.SurveyDataset data, IReadOnlyList<string> items, string? by = null, string? title = null,
        Tables.FrequencyOptions? options = null, Disclosure.AnalysisContext? context = null)
        => DrawStacked(LikertDataFromSurvey.Build(data, items, by, title, options, context));

    /// <summary>One line from a dataset, as <see cref="Stacked(Data.SurveyDataset, IReadOnlyList{string}, string?, string?, Tables.FrequencyOptions?, Disclosure.AnalysisContext?)"/>, drawn as diverging bars.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="items">Item ids sharing one answer scale.</param>
    /// <param name="by">A grouping column, or null for everyone.</param>
    /// <param name="title">The title (null: as for Stacked).</param>
    /// <param name="options">Recode and denominator.</param>
    /// <param name="context">Disclosure control.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No items, or items on different scales.</exception>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public static GenericChart Diverging(Data.SurveyDataset data, IReadOnlyList<string> items, string? by = null, string? title = null,
        Tables.FrequencyOptions? options = null, Disclosure.AnalysisContext? context = null)
        => DrawDiverging(LikertDataFromSurvey.Build(data, items, by, title, options, context));

    /// <summary>
    /// From released frequency tables (one per item, one scale): 100 % stacked bars of <paramref name="group"/>
    /// (default Totalt), one bar per table. Only released cells are drawn: an item whose group is not released in full
    /// keeps its row on the axis, marked «skjult», with no bar (a gap), and a note under the chart names it.
    /// <c>LikertCharts.Stacked([.. ids.Select(id => data.Frequencies(id))], "Møtet med tjenestene")</c>.
    /// </summary>
    /// <param name="tables">Released frequency tables of items on one scale, top to bottom.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="labels">Axis labels per table (null: each table's item text, else its item id).</param>
    /// <param name="group">The group drawn (default <c>Totalt</c>).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No tables, tables on different scales, or a label count that does not match.</exception>
    public static GenericChart Stacked(IReadOnlyList<Tables.FrequencyTable> tables, string title, IReadOnlyList<string>? labels = null, string group = Tables.GroupLabels.Total)
        => DrawStacked(LikertDataFromSurvey.FromTables(tables, title, labels, group));

    /// <summary>From released frequency tables, as <see cref="Stacked(IReadOnlyList{Tables.FrequencyTable}, string, IReadOnlyList{string}?, string)"/>, drawn as diverging bars.</summary>
    /// <param name="tables">Released frequency tables of items on one scale.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="labels">Axis labels per table (null: item text or id).</param>
    /// <param name="group">The group drawn (default <c>Totalt</c>).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No tables, tables on different scales, or a label count that does not match.</exception>
    public static GenericChart Diverging(IReadOnlyList<Tables.FrequencyTable> tables, string title, IReadOnlyList<string>? labels = null, string group = Tables.GroupLabels.Total)
        => DrawDiverging(LikertDataFromSurvey.FromTables(tables, title, labels, group));

    /// <summary>
    /// Horizontal stacked bars, one per item, one segment per category in scale order, x axis 0–100 %. Item labels
    /// carry n. Withheld items keep their row, marked «skjult», with no bar; a note under the chart names them.
    /// </summary>
    /// <exception cref="ArgumentException">An item has a different number of percentages than there are categories.</exception>
    internal static GenericChart DrawStacked(LikertChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Validate(data);
        var shown = data.Items.ToList();
        var labels = shown.Select(Label).ToArray();
        var colours = ChartPalette.Diverging(data.Categories.Count);
        var traces = new List<Trace2D>();
        for (var c = 0; c < data.Categories.Count; c++)
        {
            var values = shown.Select(i => i.Percents is { } p ? p[c] : (double?)null).ToArray();
            traces.Add(PlotlyBuilder.Trace("bar",
                ("orientation", "h"),
                ("name", data.Categories[c]),
                ("y", labels),
                ("x", values),
                ("marker", PlotlyBuilder.Obj(("color", colours[c]))),
                ("text", values.Select(v => v is { } x && x >= 8 ? NorwegianFormat.Percent(x) : "").ToArray()),
                ("textangle", 0),
                ("textposition", "inside"),
                ("insidetextanchor", "middle"),
                ("hovertemplate", "%{y}<br>" + data.Categories[c] + ": %{x:.1f}\u00A0%<extra></extra>")));
        }

        return PlotlyBuilder.Chart(traces, data.Title, Notes(data),
            ("barmode", "stack"),
            ("xaxis", PlotlyBuilder.Obj(("range", new[] { 0, 100 }), ("ticksuffix", "\u00A0%"), ("title", PlotlyBuilder.Obj(("text", "Andel av gyldige svar"))))),
            ("yaxis", PlotlyBuilder.Obj(("autorange", "reversed"), ("automargin", true))),
            ("legend", PlotlyBuilder.TopLegend),
            ("height", 160 + (42 * Math.Max(1, shown.Count))));
    }

    /// <summary>
    /// Diverging bars: negative categories extend left of zero, positive ones right, a neutral middle category is
    /// split evenly across zero. Items are sorted by top-box share, highest first; withheld items follow, marked
    /// «skjult», with no bar.
    /// </summary>
    /// <exception cref="ArgumentException">An item has a different number of percentages than there are categories.</exception>
    internal static GenericChart DrawDiverging(LikertChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Validate(data);
        var shown = data.Items.Where(i => !i.IsSuppressed).OrderByDescending(data.TopBox).Concat(data.Items.Where(i => i.IsSuppressed)).ToList();
        var labels = shown.Select(Label).ToArray();
        var colours = ChartPalette.Diverging(data.Categories.Count);
        var k = data.Categories.Count;
        var neutral = data.HasNeutral ? k / 2 : -1;
        var traces = new List<Trace2D>();

        // Negative side: draw from the centre outwards so the stack reads outward (neutral half first, then the mildest negative).
        var order = new List<int>();
        if (neutral >= 0)
        {
            order.Add(neutral);
        }

        for (var c = data.PositiveStart - 1 - (neutral >= 0 ? 1 : 0); c >= 0; c--)
        {
            order.Add(c);
        }

        foreach (var c in order)
        {
            var factor = c == neutral ? 0.5 : 1.0;
            var values = shown.Select(i => -Of(i, c) * factor).ToArray();
            traces.Add(Segment(data.Categories[c], labels, values, shown.Select(i => Of(i, c)).ToArray(), colours[c], showLegend: true, legendGroup: data.Categories[c]));
        }

        if (neutral >= 0)
        {
            var values = shown.Select(i => Of(i, neutral) * 0.5).ToArray();
            traces.Add(Segment(data.Categories[neutral], labels, values, shown.Select(i => Of(i, neutral)).ToArray(), colours[neutral], showLegend: false, legendGroup: data.Categories[neutral]));
        }

        for (var c = data.PositiveStart; c < k; c++)
        {
            var values = shown.Select(i => Of(i, c)).ToArray();
            traces.Add(Segment(data.Categories[c], labels, values, values, colours[c], showLegend: true, legendGroup: data.Categories[c]));
        }

        return PlotlyBuilder.Chart(traces, data.Title, Notes(data),
            ("barmode", "relative"),
            ("xaxis", PlotlyBuilder.Obj(("range", new[] { -100, 100 }), ("ticksuffix", "\u00A0%"), ("zeroline", true), ("zerolinewidth", 2),
                ("title", PlotlyBuilder.Obj(("text", "← negative svar · positive svar →"))))),
            ("yaxis", PlotlyBuilder.Obj(("autorange", "reversed"), ("automargin", true))),
            ("legend", PlotlyBuilder.TopLegend),
            ("height", 160 + (42 * Math.Max(1, shown.Count))));
    }

    /// <summary>A withheld item's row: its label marked «skjult», without n.</summary>
    private static string Label(LikertItem item) => item.IsSuppressed ? ChartLabels.Hidden(item.Label) : ChartLabels.WithN(item.Label, item.N);

    /// <summary>An item's percentage in category <paramref name="c"/>; null (no bar) for a withheld item.</summary>
    private static double? Of(LikertItem item, int c) => item.Percents is { } p ? p[c] : null;

    private static Trace2D Segment(string name, string[] labels, double?[] x, double?[] shownPercent, string colour, bool showLegend, string legendGroup) =>
        PlotlyBuilder.Trace("bar",
            ("orientation", "h"),
            ("name", name),
            ("legendgroup", legendGroup),
            ("showlegend", showLegend),
            ("y", labels),
            ("x", x),
            ("customdata", shownPercent),
            ("marker", PlotlyBuilder.Obj(("color", colour))),
            ("hovertemplate", "%{y}<br>" + name + ": %{customdata:.1f}\u00A0%<extra></extra>"));

    private static List<string> Notes(LikertChartData data)
    {
        var hidden = data.Items.Where(i => i.IsSuppressed).Select(i => i.Label).ToList();
        return hidden.Count == 0 ? [] : [ChartLabels.SuppressedNote(hidden, data.SuppressionReason)];
    }

    private static void Validate(LikertChartData data)
    {
        foreach (var item in data.Items)
        {
            if (item.Percents is { } p && p.Count != data.Categories.Count)
            {
                throw new ArgumentException($"Likert item '{item.Label}' has {p.Count} percentages; the chart has {data.Categories.Count} categories.", nameof(data));
            }
        }
    }
}
