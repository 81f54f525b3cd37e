using Plotly.NET;

namespace Analysenotater.Plotting.Building;

/// <summary>
/// Builds Plotly.NET charts from plain trace and layout properties, so every chart this library makes is a real
/// <see cref="GenericChart"/> (styleable with Plotly.NET, displayable by the notebook engine) whose JSON is exactly
/// what the builder set — which is what the tests assert on.
/// </summary>
internal static class PlotlyBuilder
{
    /// <summary>Norwegian separators for plotly.js: decimal comma, no-break space between thousands.</summary>
    public const string NorwegianSeparators = ",\u00A0";

    /// <summary>A horizontal legend anchored just above the plotting area (below the title), so it never covers data.</summary>
    public static Dictionary<string, object> TopLegend => Obj(("orientation", "h"), ("traceorder", "normal"), ("x", 0), ("xanchor", "left"), ("y", 1.0), ("yanchor", "bottom"));

    public static Trace2D Trace(string type, params (string Name, object? Value)[] properties)
    {
        var t = new Trace2D(type);
        foreach (var (name, value) in properties)
        {
            if (value is not null)
            {
                t.SetProperty(name, value);
            }
        }

        return t;
    }

    public static Dictionary<string, object> Obj(params (string Name, object? Value)[] properties)
    {
        var d = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in properties)
        {
            if (value is not null)
            {
                d[name] = value;
            }
        }

        return d;
    }

    public static GenericChart Chart(IReadOnlyList<Trace2D> traces, string title, IReadOnlyList<string> notes, params (string Name, object? Value)[] layoutProperties)
    {
        var charts = traces.Count == 0
            ? [GenericChart.ofTraceObject(true, Trace("bar", ("x", Array.Empty<string>()), ("y", Array.Empty<double>())))]
            : traces.Select(t => GenericChart.ofTraceObject(true, t)).ToList();
        var chart = charts.Count == 1 ? charts[0] : GenericChart.combine(charts);
        var layout = new Layout();
        layout.SetProperty("title", Obj(("text", title)));
        layout.SetProperty("separators", NorwegianSeparators);
        layout.SetProperty("font", Obj(("family", "Segoe UI, Helvetica, Arial, sans-serif"), ("size", 13)));
        layout.SetProperty("template", "plotly_white");
        foreach (var (name, value) in layoutProperties)
        {
            if (value is not null)
            {
                layout.SetProperty(name, value);
            }
        }

        // Room at the top for the title and a legend row; at the bottom for the notes.
        layout.SetProperty("margin", Obj(("t", 110), ("b", 60 + (24 * notes.Count))));
        if (notes.Count > 0)
        {
            layout.SetProperty("annotations", notes.Select((n, i) => Obj(
                ("text", n), ("showarrow", false), ("xref", "paper"), ("yref", "paper"),
                ("x", 0), ("y", -0.12 - (0.06 * i)), ("xanchor", "left"), ("yanchor", "top"),
                ("font", Obj(("size", 11), ("color", "#555"))))).ToArray());
        }

        return GenericChart.setLayout(layout, chart);
    }
}
