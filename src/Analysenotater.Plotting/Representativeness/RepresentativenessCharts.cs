using Analysenotater.Plotting.Building;
using Plotly.NET;

namespace Analysenotater.Plotting.Representativeness;

/// <summary>Sample vs register charts (Tabell 1 against BrukerPlan).</summary>
public static class RepresentativenessCharts
{
    /// <summary>
    /// A dot (dumbbell) chart: for each characteristic a marker for the sample and one for the reference, joined by a
    /// line so the gap reads at a glance. Characteristics without a reference value show the sample marker only.
    /// </summary>
    /// <param name="rows">The characteristics, top to bottom.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="sampleName">Legend name of the sample, for example "Utvalget (n = 491)".</param>
    /// <param name="referenceName">Legend name of the reference, for example "BrukerPlan 2016".</param>
    public static GenericChart SampleVersusReference(IReadOnlyList<ShareComparison> rows, string title, string sampleName, string referenceName)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var labels = rows.Select(r => r.Label).ToArray();
        var lineX = new List<double?>();
        var lineY = new List<string?>();
        foreach (var r in rows.Where(r => r.ReferencePercent is not null))
        {
            lineX.AddRange([r.SamplePercent, r.ReferencePercent, null]);
            lineY.AddRange([r.Label, r.Label, null]);
        }

        var traces = new List<Trace2D>
        {
            PlotlyBuilder.Trace("scatter", ("mode", "lines"), ("x", lineX.ToArray()), ("y", lineY.ToArray()), ("showlegend", false),
                ("hoverinfo", "skip"), ("line", PlotlyBuilder.Obj(("color", "#bbbbbb"), ("width", 3)))),
            PlotlyBuilder.Trace("scatter", ("mode", "markers"), ("name", sampleName), ("x", rows.Select(r => r.SamplePercent).ToArray()), ("y", labels),
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
        return PlotlyBuilder.Chart(traces, title, notes,
            ("xaxis", PlotlyBuilder.Obj(("ticksuffix", "\u00A0%"), ("rangemode", "tozero"), ("title", PlotlyBuilder.Obj(("text", "Andel"))))),
            ("yaxis", PlotlyBuilder.Obj(("autorange", "reversed"), ("automargin", true), ("categoryorder", "array"), ("categoryarray", labels))),
            ("legend", PlotlyBuilder.TopLegend),
            ("height", 160 + (34 * Math.Max(1, rows.Count))));
    }
}
