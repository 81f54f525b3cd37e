using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Notebooks.Formatting;

/// <summary>
/// Charts of XPlot.Plotly (restored with <c>#r "nuget: XPlot.Plotly"</c> or its .NET Interactive extension's name),
/// found by type name so the engine does not reference XPlot: drawn with the engine's own plotly.js from the chart's
/// <c>GetInlineHtml()</c>, never from a CDN.
/// </summary>
internal static class XPlotChart
{
    private const string TypeName = "XPlot.Plotly.PlotlyChart";

    public static bool Matches(object value) => value.GetType().FullName == TypeName;

    public static MimeBundle Format(object chart, bool embedLibrary)
    {
        var inline = chart.GetType().GetMethod("GetInlineHtml", Type.EmptyTypes)?.Invoke(chart, null) as string
            ?? throw new InvalidOperationException("This XPlot.Plotly version has no GetInlineHtml().");
        return PlotlyChartFormatter.FromInlineHtml(inline, "XPlot.Plotly chart", embedLibrary);
    }
}
