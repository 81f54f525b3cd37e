using Analysenotater.Plotting.Building;
using Plotly.NET;

namespace Analysenotater.Plotting.Representativeness;

/// <summary>Sample vs register charts (Tabell 1 against BrukerPlan).</summary>
public static class RepresentativenessCharts
{
    /// <summary>
    /// From a representativeness table (<c>RepresentativenessTable.Compare(margins, policy)</c>): its percentage rows
    /// as a dot (dumbbell) chart. A row whose sample n is below the table's threshold (or, when the table has none, the
    /// default disclosure rule's threshold for distributions) draws no sample marker; it is named in a note.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="title">Chart title.</param>
    /// <returns>The chart.</returns>
    public static GenericChart SampleVersusReference(Statistics.Representativeness.RepresentativenessTable table, string title)
    {
        ArgumentNullException.ThrowIfNull(table);
        var minimum = table.MinimumN ?? Disclosure.AnalysisContext.Default.Disclosure.MinimumForDistributions;
        var rows = table.Rows.Where(r => r.Margin.Unit == Statistics.Representativeness.MarginUnit.Percent)
            .Select(r => new ShareComparison(r.Margin.Label, r.Margin.SampleN is { } n && n >= minimum ? r.Margin.SampleValue : double.NaN, r.Margin.ReferenceValue))
            .ToList();
        var sampleN = table.Rows.Select(r => r.Margin.SampleN ?? 0).DefaultIfEmpty(0).Max();
        return Draw(rows, title, sampleN >= minimum ? $"{table.SampleLabel} (n = {Reporting.NorwegianFormat.Count(sampleN)})" : table.SampleLabel, table.ReferenceLabel);
    }

    /// <summary>
    /// A dot (dumbbell) chart: for each characteristic a marker for the sample and one for the reference, joined by a
    /// line so the gap reads at a glance. Characteristics without a reference value show the sample marker only.
    /// </summary>
    /// <param name="rows">The characteristics, top to bottom.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="sampleName">Legend name of the sample, for example "Utvalget (n = 491)".</param>
    /// <param name="referenceName">Legend name of the reference, for example "BrukerPlan 2016".</param>
    internal static GenericChart Draw(IReadOnlyList<ShareComparison> rows, string title, string sampleName, string referenceName)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var hidden = rows.Where(r => double.IsNaN(r.SamplePercent)).Select(r => r.Label).ToList();
        var labels = rows.Select(r => double.IsNaN(r.SamplePercent) ? ChartLabels.Hidden(r.Label) : r.Label).ToArray();
        rows = [.. rows.Select((r, i) => r with { Label = labels[i] })];
        var lineX = new List<double?>();
        var lineY = new List<string?>();
        foreach (var r in rows.Where(r => r.ReferencePercent is not null && !double.IsNaN(r.SamplePercent)))
        {
            lineX.AddRange([r.SamplePercent, r.ReferencePercent, null]);
            lineY.AddRange([r.Label, r.Label, null]);
        }

        var traces = new List<Trace2D>
        {
            PlotlyBuilder.Trace("scatter", ("mode", "lines"), ("x", lineX.ToArray()), ("y", lineY.ToArray()), ("showlegend", false),
                ("hoverinfo", "skip"), ("line", PlotlyBuilder.Obj(("color", "#bbbbbb"), ("width", 3)))),
            PlotlyBuilder.Trace("scatter", ("mode", "markers"), ("name", sampleName), ("x", rows.Where(r => !double.IsNaN(r.SamplePercent)).Select(r => r.SamplePercent).ToArray()), ("y", rows.Where(r => !double.IsNaN(r.SamplePercent)).Select(r => r.Label).ToArray()),
                ("marker", PlotlyBuilder.Obj(("color", ChartPalette.Groups[0]), ("size", 12))),
                ("hovertemplate", "%{y}: %{x:.0f}\u00A0%<extra>" + sampleName + "</extra>")),
            PlotlyBuilder.Trace("scatter", ("mode", "markers"), ("name", referenceName),
                ("x", rows.Where(r => r.ReferencePercent is not null).Select(r => r.ReferencePercent!.Value).ToArray()),
                ("y", rows.Where(r => r.ReferencePercent is not null).Select(r => r.Label).ToArray()),
                ("marker", PlotlyBuilder.Obj(("color", ChartPalette.Groups[1]), ("size", 12), ("symbol", "diamond"))),
                ("hovertemplate", "%{y}: %{x:.0f}\u00A0%<extra>" + referenceName + "</extra>")),
        };
        var missing = rows.Where(r => r.ReferencePercent is null).Select(r => r.Label).ToList();
        var notes = missing.Count == 0 ? new List<string>() : [$"Ingen registertall for: {string.Join(", ", missing)}."];
        if (hidden.Count > 0)
        {
            notes.Add(ChartLabels.SuppressedNote(hidden, "for få svar i utvalget"));
        }

        return PlotlyBuilder.Chart(traces, title, notes,
            ("xaxis", PlotlyBuilder.Obj(("ticksuffix", "\u00A0%"), ("rangemode", "tozero"), ("title", PlotlyBuilder.Obj(("text", "Andel"))))),
            ("yaxis", PlotlyBuilder.Obj(("autorange", "reversed"), ("automargin", true), ("categoryorder", "array"), ("categoryarray", labels))),
            ("legend", PlotlyBuilder.TopLegend),
            ("height", 160 + (34 * Math.Max(1, rows.Count))));
    }
}
