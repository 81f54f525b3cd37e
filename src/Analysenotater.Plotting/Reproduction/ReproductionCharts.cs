using Analysenotater.Plotting.Building;
using Analysenotater.KoRus2017.Reproduction;
using Plotly.NET;

namespace Analysenotater.Plotting.Reproduction;

/// <summary>Charts of a published-vs-reproduced report.</summary>
public static class ReproductionCharts
{
    /// <summary>
    /// Scatter of every published percentage (x) against its reproduction (y) with the diagonal drawn: reproduced
    /// numbers in one colour, the rest in another with their reason in the hover text.
    /// </summary>
    /// <param name="report">The reproduction report.</param>
    /// <param name="title">Chart title.</param>
    public static GenericChart PublishedVersusReproduced(ReproductionReport report, string title = "Publisert mot reprodusert (prosent)")
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.PercentsAndCounts.Where(r => r.Published.Measure.Statistic == PublishedStatistic.Percent && !double.IsNaN(r.Reproduced)).ToList();
        var hit = rows.Where(r => r.Status == ReproductionStatus.Reproduced).ToList();
        var miss = rows.Where(r => r.Status != ReproductionStatus.Reproduced).ToList();
        Trace2D Points(List<ReproductionRow> set, string name, string colour, bool withReason) => PlotlyBuilder.Trace("scatter",
            ("mode", "markers"),
            ("name", $"{name} ({set.Count})"),
            ("x", set.Select(r => r.Published.Value).ToArray()),
            ("y", set.Select(r => r.Reproduced).ToArray()),
            ("text", set.Select(r => withReason ? $"{r.Published.Label}<br>{r.Reason}" : r.Published.Label).ToArray()),
            ("hovertemplate", "%{text}<br>publisert %{x}, reprodusert %{y:.1f}<extra></extra>"),
            ("marker", PlotlyBuilder.Obj(("color", colour), ("size", 7), ("opacity", 0.8))));
        return PlotlyBuilder.Chart([Points(hit, "Reprodusert til trykt presisjon", ChartPalette.Groups[0], false), Points(miss, "Avvik med grunn", ChartPalette.Groups[4], true)], title, [],
            ("xaxis", PlotlyBuilder.Obj(("title", PlotlyBuilder.Obj(("text", "Publisert (%)"))), ("range", new[] { 0, 100 }))),
            ("yaxis", PlotlyBuilder.Obj(("title", PlotlyBuilder.Obj(("text", "Reprodusert (%)"))), ("range", new[] { 0, 100 }))),
            ("shapes", new[] { PlotlyBuilder.Obj(("type", "line"), ("x0", 0), ("y0", 0), ("x1", 100), ("y1", 100), ("line", PlotlyBuilder.Obj(("dash", "dot"), ("color", "#999")))) }),
            ("legend", PlotlyBuilder.TopLegend),
            ("height", 560));
    }
}
