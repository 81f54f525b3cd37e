using Analysenotater.Plotting.Building;
using Analysenotater.Reporting;
using Plotly.NET;

namespace Analysenotater.Plotting.Groups;

/// <summary>Grouped bars by size group or gender, with n on every bar.</summary>
public static class GroupCharts
{
    /// <summary>
    /// One line from a frequency table: the categories along the axis, one bar series per group (Totalt and each
    /// group of the table), percentages of the table's denominator; withheld groups are not drawn and a note says so.
    /// <c>GroupCharts.Bars(data.Frequencies("q9", by: "kommunestorrelse"))</c>.
    /// </summary>
    /// <param name="table">The frequency table.</param>
    /// <param name="title">The title (null: the item's text).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static GenericChart Bars(Tables.FrequencyTable table, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var series = table.Groups
            .Select(g => new BarSeries(g,
                [.. table.Categories.Select(k => Released(table, g, k))],
                [.. table.Categories.Select(_ => table.DenominatorN(g) ?? 0)]))
            .ToList();
        var label = title ?? (table.ItemText.Length > 0 ? table.ItemText : table.ItemId);
        return DrawGroupedBars(new GroupedBarData(label, table.Categories, series, "Andel (%)") { SuppressionReason = table.Disclosure.Description });
    }

    /// <summary>
    /// From released frequency tables (one per item): the items along the axis, one bar series per group of the
    /// tables (Totalt left out unless <paramref name="withTotal"/>), each bar the released share in
    /// <paramref name="category"/> (default: the last category, the top box of a recode). A cell that is not released
    /// is a gap, named in the note; no number of it is drawn.
    /// <c>GroupCharts.Bars([.. ids.Select(id => data.Frequencies(id, by: "kommunestorrelse", options: valg))], "I stor grad")</c>.
    /// </summary>
    /// <param name="tables">Released tables of the items, all by the same grouping.</param>
    /// <param name="title">The title.</param>
    /// <param name="category">The category drawn (null: each table's last category).</param>
    /// <param name="labels">Axis labels per table (null: the item ids).</param>
    /// <param name="withTotal">True to draw Totalt as a series too.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No tables, tables with other groups, or a label count that does not match.</exception>
    public static GenericChart Bars(IReadOnlyList<Tables.FrequencyTable> tables, string title, string? category = null, IReadOnlyList<string>? labels = null, bool withTotal = false)
    {
        CheckTables(tables, title, labels);

        var groups = tables[0].Groups.Where(g => withTotal || g != Tables.GroupLabels.Total).ToList();
        if (tables.Any(t => !groups.All(t.Groups.Contains)))
        {
            throw new ArgumentException("Every table must have the same groups (tabulate each item by the same grouping).", nameof(tables));
        }

        var series = groups.Select(g => new BarSeries(g,
            [.. tables.Select(t => Released(t, g, category ?? t.Categories[^1]))],
            [.. tables.Select(t => t.DenominatorN(g) ?? 0)])).ToList();
        var axis = labels ?? [.. tables.Select(t => t.ItemId)];
        var reasons = string.Join("; ", tables.Select(t => t.Disclosure.Description).Distinct());
        return DrawGroupedBars(new GroupedBarData(title, axis, series, "Andel (%)") { SuppressionReason = reasons });
    }

    /// <summary>
    /// From a released key-figure table: its rows along the axis, one bar series per group (Totalt first); a share
    /// that is not released is a gap, named in the note.
    /// </summary>
    /// <param name="table">The key-figure table.</param>
    /// <param name="title">The title (null: the table's).</param>
    /// <returns>The chart.</returns>
    public static GenericChart Bars(Tables.KeyFigureTable table, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows.Select(r => r.Label).ToList();
        var series = table.Groups.Select(g => new BarSeries(g,
            [.. rows.Select(r => double.IsNaN(table.Percent(r, g)) ? null : (double?)table.Percent(r, g))],
            [.. rows.Select(r => table.N(r, g) ?? 0)])).ToList();
        return DrawGroupedBars(new GroupedBarData(title ?? table.Title, rows, series, "Andel (%)") { SuppressionReason = table.Disclosure.Description });
    }

    /// <summary>
    /// From released indicator scores by group (<c>IndicatorScorer.ScoreBy</c>, one table per indicator): the
    /// indicators along the axis, one bar series per group (Totalt left out unless <paramref name="withTotal"/>),
    /// each bar the released mean with its n. A hidden group's mean is a gap, named in the note.
    /// </summary>
    /// <param name="tables">Scores by group, all by the same grouping.</param>
    /// <param name="title">The title.</param>
    /// <param name="labels">Axis labels per table (null: the indicator names).</param>
    /// <param name="valueLabel">The axis title.</param>
    /// <param name="withTotal">True to draw Totalt as a series too.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No tables, or a label count that does not match.</exception>
    public static GenericChart Means(IReadOnlyList<Scoring.IndicatorSummaryTable> tables, string title, IReadOnlyList<string>? labels = null, string valueLabel = "Gjennomsnitt", bool withTotal = false)
    {
        CheckTables(tables, title, labels);

        var groups = tables[0].Rows.Select(r => r.Label).Where(g => withTotal || g != Tables.GroupLabels.Total).ToList();
        var series = groups.Select(g => new BarSeries(g,
            [.. tables.Select(t => t[g] is { Level: not Disclosure.DisclosureLevel.Nothing } s && !double.IsNaN(s.Mean) ? s.Mean : (double?)null)],
            [.. tables.Select(t => t[g].IsWithheld ? 0 : t[g].NScored)])).ToList();
        var axis = labels ?? [.. tables.Select(t => t.Rows[0].Scores.Indicator.Name)];
        var reasons = string.Join("; ", tables.Select(t => t.Rows[0].Scores.Disclosure.Description).Distinct());
        return DrawGroupedBars(new GroupedBarData(title, axis, series, valueLabel) { IsPercent = false, SuppressionReason = reasons });
    }

    /// <summary>
    /// From released design-based domain estimates (<c>design.MeanBy(...)</c>): one bar per domain with its released
    /// estimate (in the estimate's unit: a proportion as 0–1) and n; a hidden domain is a gap, named in the note.
    /// </summary>
    /// <param name="domains">The domain estimates.</param>
    /// <param name="title">The title (null: the estimates' title).</param>
    /// <param name="valueLabel">The axis title.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Bars(Statistics.Design.DomainEstimates domains, string? title = null, string valueLabel = "Estimat")
    {
        ArgumentNullException.ThrowIfNull(domains);
        var series = new BarSeries(domains.Title,
            [.. domains.Estimates.Select(e => e.State == Disclosure.CellState.Released && !double.IsNaN(e.Estimate) ? e.Estimate : (double?)null)],
            [.. domains.Estimates.Select(e => e.N)]);
        return DrawGroupedBars(new GroupedBarData(title ?? domains.Title, domains.Domains, [series], valueLabel) { IsPercent = false, SuppressionReason = domains.Disclosure.Description });
    }

    /// <summary>The released percentage of a cell, or null (a gap) when any part of it is withheld.</summary>
    private static double? Released(Tables.FrequencyTable table, string group, string category) =>
        table.State(group, category) == Disclosure.CellState.Released && !double.IsNaN(table.Percent(group, category)) ? table.Percent(group, category) : null;

    /// <summary>
    /// Vertical grouped bars: one colour per group, categories along the x axis; each bar's text shows the value and
    /// its n. A withheld value (null) is a gap (no bar, no number) and the note under the chart names it.
    /// </summary>
    /// <exception cref="ArgumentException">A series has a different length than the categories.</exception>
    internal static GenericChart DrawGroupedBars(GroupedBarData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var hidden = new List<string>();
        var traces = new List<Trace2D>();
        for (var s = 0; s < data.Series.Count; s++)
        {
            var series = data.Series[s];
            if (series.Values.Count != data.Categories.Count || series.N.Count != data.Categories.Count)
            {
                throw new ArgumentException($"Series '{series.Name}' has {series.Values.Count} values and {series.N.Count} n; the chart has {data.Categories.Count} categories.", nameof(data));
            }

            var x = new List<string>();
            var y = new List<double>();
            var text = new List<string>();
            for (var c = 0; c < data.Categories.Count; c++)
            {
                if (series.Values[c] is not { } v)
                {
                    hidden.Add($"{data.Categories[c]} – {series.Name}");
                    continue;
                }

                x.Add(data.Categories[c]);
                y.Add(v);
                text.Add((data.IsPercent ? NorwegianFormat.Percent(v) : NorwegianFormat.Number(v, 1)) + "<br>n\u00A0=\u00A0" + NorwegianFormat.Count(series.N[c]));
            }

            traces.Add(PlotlyBuilder.Trace("bar",
                ("name", series.Name),
                ("x", x.ToArray()),
                ("y", y.ToArray()),
                ("text", text.ToArray()),
                ("textposition", "outside"),
                ("marker", PlotlyBuilder.Obj(("color", ChartPalette.Groups[s % ChartPalette.Groups.Count])))));
        }

        var notes = hidden.Count == 0 ? new List<string>() : [ChartLabels.SuppressedNote(hidden, data.SuppressionReason)];
        return PlotlyBuilder.Chart(traces, data.Title, notes,
            ("barmode", "group"),
            ("xaxis", PlotlyBuilder.Obj(("categoryorder", "array"), ("categoryarray", data.Categories.ToArray()), ("automargin", true))),
            ("yaxis", PlotlyBuilder.Obj(("title", PlotlyBuilder.Obj(("text", data.ValueLabel))), ("ticksuffix", data.IsPercent ? "\u00A0%" : null),
                ("range", data.IsPercent ? new[] { 0, 110 } : null))));
    }

    /// <summary>The argument checks shared by the grouped-bar builders.</summary>
    private static void CheckTables<T>(IReadOnlyList<T> tables, string title, IReadOnlyList<string>? labels)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(title);
        if (tables.Count == 0)
        {
            throw new ArgumentException("A grouped bar chart needs at least one table.", nameof(tables));
        }

        if (labels is not null && labels.Count != tables.Count)
        {
            throw new ArgumentException($"{labels.Count} labels were given for {tables.Count} tables.", nameof(labels));
        }
    }
}
