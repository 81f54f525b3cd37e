using System.Collections;
using System.Reflection;
using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Notebooks.Formatting;

/// <summary>
/// Charts of a Plotly.NET other than the engine's (a notebook that asked for Plotly.NET 2.0 or 4.2 and got it loaded
/// beside the engine's 6.0): found by name — a type named <c>GenericChart</c> (or a subtype, such as an F# union case)
/// in an assembly named Plotly.NET — and turned into a figure by that Plotly.NET's own functions through reflection,
/// then drawn exactly like the engine's charts (<see cref="PlotlyChartFormatter.FromFigure"/>).
/// </summary>
/// <remarks>
/// The figure comes from the library's <c>toFigureJson(chart)</c> (Plotly.NET 2–6) when it has one, else from its
/// <c>getTraces</c>, <c>getLayout</c> and <c>getConfig</c> serialised with Newtonsoft.Json. Those functions are looked for
/// as public static methods taking the chart on the chart type itself, on the types that declare it (Plotly.NET 2–4 keep
/// them in the F# module <c>GenericChart</c> around the union type) and on any public static type of that assembly whose
/// name starts with GenericChart.
/// </remarks>
internal static class ForeignPlotlyChart
{
    private const string LibraryName = "Plotly.NET";

    public static bool Matches(object value) => value is not Plotly.NET.GenericChart && ChartType(value.GetType()) is not null;

    /// <exception cref="InvalidOperationException">The chart's Plotly.NET has neither toFigureJson nor getTraces/getLayout.</exception>
    public static MimeBundle Format(object chart, int number, bool embedLibrary)
    {
        var type = ChartType(chart.GetType()) ?? throw new InvalidOperationException($"{chart.GetType()} is not a Plotly.NET chart.");
        var hosts = Hosts(type).ToList();
        var traces = Call(hosts, "getTraces", chart);
        var traceCount = traces is IEnumerable list ? list.Cast<object>().Count() : 1;
        if (Call(hosts, "toFigureJson", chart) is string figure)
        {
            return PlotlyChartFormatter.FromFigure(figure, traceCount, number, embedLibrary);
        }

        var layout = Call(hosts, "getLayout", chart);
        if (traces is null || layout is null)
        {
            throw new InvalidOperationException($"{type.Assembly.GetName().Name} {type.Assembly.GetName().Version} has neither toFigureJson nor getTraces/getLayout for {type.FullName}.");
        }

        var config = Call(hosts, "getConfig", chart);
        var json = "{\"data\":" + Newtonsoft.Json.JsonConvert.SerializeObject(traces) + ",\"layout\":" + Newtonsoft.Json.JsonConvert.SerializeObject(layout) +
                   (config is null ? "" : ",\"config\":" + Newtonsoft.Json.JsonConvert.SerializeObject(config)) + "}";
        return PlotlyChartFormatter.FromFigure(json, traceCount, number, embedLibrary);
    }

    /// <summary>The type named GenericChart in an assembly named Plotly.NET that <paramref name="type"/> is or derives from; null if none.</summary>
    private static Type? ChartType(Type type)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            if (t.Name == "GenericChart" && string.Equals(t.Assembly.GetName().Name, LibraryName, StringComparison.OrdinalIgnoreCase))
            {
                return t;
            }
        }

        return null;
    }

    private static IEnumerable<Type> Hosts(Type chartType)
    {
        yield return chartType;
        for (var declaring = chartType.DeclaringType; declaring is not null; declaring = declaring.DeclaringType)
        {
            yield return declaring;
        }

        foreach (var type in chartType.Assembly.GetExportedTypes())
        {
            if (type.IsAbstract && type.IsSealed && type.Name.StartsWith("GenericChart", StringComparison.Ordinal) && type != chartType)
            {
                yield return type;
            }
        }
    }

    private static object? Call(IEnumerable<Type> hosts, string name, object chart)
    {
        foreach (var host in hosts)
        {
            var method = host.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .FirstOrDefault(m => m.Name == name && !m.IsGenericMethodDefinition && m.GetParameters() is [{ } p] && p.ParameterType.IsInstanceOfType(chart));
            if (method is not null)
            {
                return method.Invoke(null, [chart]);
            }
        }

        return null;
    }
}
