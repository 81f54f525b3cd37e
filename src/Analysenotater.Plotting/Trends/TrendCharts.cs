using Analysenotater.Plotting.Building;
using Plotly.NET;

namespace Analysenotater.Plotting.Trends;

/// <summary>Trends across survey rounds (drawn from values the caller supplies: only through <see cref="Raw.UnreleasedCharts"/>).</summary>
internal static class TrendCharts
{
    /// <summary>
    /// Lines with markers per series across rounds, with error bars where limits are given and n in the hover text.
    /// Withheld points are not drawn (the line breaks there) and a note names them.
    /// </summary>
    /// <param name="series">The series.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="valueLabel">Axis title, for example "Gjennomsnitt (1–4)".</param>
    /// <param name="range">Optional fixed axis range, for example (1, 4).</param>
    public static GenericChart Draw(IReadOnlyList<TrendSeries> series, string title, string valueLabel, (double Min, double Max)? range = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var traces = new List<Trace2D>();
        var hidden = new List<string>();
        for (var s = 0; s < series.Count; s++)
        {
            var pts = series[s].Points;
            hidden.AddRange(pts.Where(p => p.Value is null).Select(p => $"{series[s].Name} {p.Round}"));
            traces.Add(PlotlyBuilder.Trace("scatter",
                ("mode", "lines+markers"),
                ("name", series[s].Name),
                ("x", pts.Select(p => p.Round).ToArray()),
                ("y", pts.Select(p => p.Value).ToArray()),
                ("customdata", pts.Select(p => p.N).ToArray()),
                ("error_y", pts.Any(p => p.Lower is not null) ? PlotlyBuilder.Obj(("type", "data"), ("symmetric", false),
                    ("array", pts.Select(p => p.Upper is { } u && p.Value is { } v ? u - v : (double?)null).ToArray()),
                    ("arrayminus", pts.Select(p => p.Lower is { } l && p.Value is { } v ? v - l : (double?)null).ToArray())) : null),
                ("connectgaps", false),
                ("marker", PlotlyBuilder.Obj(("color", ChartPalette.Groups[s % ChartPalette.Groups.Count]), ("size", 9))),
                ("hovertemplate", series[s].Name + " %{x}: %{y:.2f} (n = %{customdata})<extra></extra>")));
        }

        var notes = hidden.Count == 0 ? new List<string>() : [ChartLabels.SuppressedNote(hidden, "for få svar")];
        return PlotlyBuilder.Chart(traces, title, notes,
            ("xaxis", PlotlyBuilder.Obj(("type", "category"), ("title", PlotlyBuilder.Obj(("text", "Runde"))))),
            ("yaxis", PlotlyBuilder.Obj(("title", PlotlyBuilder.Obj(("text", valueLabel))), ("range", range is { } r ? new[] { r.Min, r.Max } : null))));
    }
}
