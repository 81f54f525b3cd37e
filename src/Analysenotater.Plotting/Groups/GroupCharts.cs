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
                [.. table.Categories.Select(k => table.IsSuppressed(g) || double.IsNaN(table.Percent(g, k)) ? null : (double?)table.Percent(g, k))],
                [.. table.Categories.Select(_ => table.DenominatorN(g) ?? 0)]))
            .ToList();
        var label = title ?? (table.ItemText.Length > 0 ? table.ItemText : table.ItemId);
        return GroupedBars(new GroupedBarData(label, table.Categories, series, "Andel (%)") { SuppressionReason = table.Disclosure.Description });
    }

    /// <summary>
    /// Vertical grouped bars: one colour per group, categories along the x axis; each bar's text shows the value and
    /// its n. A withheld value (null) is not drawn and the note under the chart names it.
    /// </summary>
    /// <exception cref="ArgumentException">A series has a different length than the categories.</exception>
    public static GenericChart GroupedBars(GroupedBarData data)
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
}
