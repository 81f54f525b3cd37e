using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Analysenotater.Notebooks.Execution;
using Analysenotater.Notebooks.Html;
using Plotly.NET;

namespace Analysenotater.Notebooks.Formatting;

/// <summary>
/// A Plotly.NET chart → "application/vnd.plotly.v1+json" (the figure: data, layout, config, for frontends with a
/// plotly renderer) and "text/html" that draws itself in any frontend that runs scripts in HTML outputs: classic
/// Notebook 6 (require.js on the page), Notebook 7, JupyterLab, VS Code and nbconvert's HTML export.
/// </summary>
/// <remarks>
/// The HTML never names a remote address. The first chart a session formats carries the engine's own plotly.js
/// (from Plotly.NET.dll, ≈ 3.6 MB) inline, evaluated only when the page has no <c>window.Plotly</c> yet and with
/// <c>window.define</c> hidden while it runs, so require.js does not swallow it as an anonymous AMD module. Later
/// charts wait for <c>window.Plotly</c> and, when it never comes (a page showing only later outputs), say so in the
/// output instead of staying blank.
/// </remarks>
internal static class PlotlyChartFormatter
{
    /// <summary>How long a chart waits for plotly.js before it shows a message, in milliseconds.</summary>
    private const int WaitMilliseconds = 15000;

    private const string LibraryStart = "<script type=\"text/javascript\">/* an-plotly-library: plotly.js 2.28.0 from Plotly.NET (MIT), once per page */\n";
    private const string LibraryEnd = "\n} finally { window.define = d; } }).call(window, window.define); }\n/* an-plotly-library-end */</script>\n";

    /// <summary>The chart HTML without the inline plotly.js (for a page that loads it once itself, such as the HTML export).</summary>
    public static string WithoutLibrary(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var start = html.IndexOf(LibraryStart, StringComparison.Ordinal);
        if (start < 0)
        {
            return html;
        }

        var end = html.IndexOf(LibraryEnd, start, StringComparison.Ordinal);
        return end < 0 ? html : string.Concat(html.AsSpan(0, start), html.AsSpan(end + LibraryEnd.Length));
    }

    public static MimeBundle Format(GenericChart chart, int number, bool embedLibrary) =>
        FromFigure(FigureJson(chart), GenericChart.countTrace(chart), number, embedLibrary);

    /// <summary>
    /// A figure (<c>{"data": […], "layout": {…}, "config": {…}}</c> as plotly.js takes it) → the same bundle as
    /// <see cref="Format"/>; used for charts of a Plotly.NET version other than the engine's (loaded beside it).
    /// </summary>
    public static MimeBundle FromFigure(string figure, int traceCount, int number, bool embedLibrary)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(figure)))[..10];
        var id = string.Create(CultureInfo.InvariantCulture, $"an-plot-{hash}-{number}");
        var html = new StringBuilder(embedLibrary ? PlotlyScript.Text.Length + figure.Length + 2000 : figure.Length + 2000)
            .Append("<div id=\"").Append(id).Append("\" class=\"an-plot\" style=\"width:100%;min-height:450px\"></div>\n");
        if (embedLibrary)
        {
            html.Append(LibraryStart)
                .Append("if (!window.Plotly) { (function (d) { window.define = undefined; try {\n")
                .Append(PlotlyScript.Text)
                .Append(LibraryEnd);
        }

        html.Append("<script type=\"text/javascript\">(function () {\n")
            .Append("  var figure = ").Append(figure.Replace("</", "<\\/", StringComparison.Ordinal)).Append(";\n")
            .Append("  var id = '").Append(id).Append("';\n")
            .Append("  function draw() { if (document.getElementById(id)) { window.Plotly.newPlot('").Append(id).Append("', figure.data, figure.layout || {}, figure.config || { responsive: true }); } }\n")
            .Append("  if (window.Plotly) { draw(); return; }\n")
            .Append("  var waited = 0, timer = setInterval(function () {\n")
            .Append("    waited += 100;\n")
            .Append("    if (window.Plotly) { clearInterval(timer); draw(); }\n")
            .Append("    else if (waited >= ").Append(WaitMilliseconds.ToString(CultureInfo.InvariantCulture)).Append(") { clearInterval(timer); var el = document.getElementById(id);\n")
            .Append("      if (el) { el.style.minHeight = '0'; el.textContent = 'Diagrammet kan ikke tegnes: plotly.js er ikke lastet på denne siden. Kjør cellen med det første diagrammet på nytt (eller hele notatboken).'; } }\n")
            .Append("  }, 100);\n")
            .Append("})();</script>");
        return new MimeBundle(new Dictionary<string, string>
        {
            ["text/plain"] = $"Plotly chart ({traceCount} trace(s))",
            ["text/html"] = html.ToString(),
            ["application/vnd.plotly.v1+json"] = figure,
        });
    }

    /// <summary>
    /// A chart another library renders as a div plus an inline script calling the global <c>Plotly</c> (XPlot.Plotly's
    /// <c>GetInlineHtml()</c>): the script is deferred until plotly.js is on the page, which carries it inline when
    /// <paramref name="embedLibrary"/> is true, as <see cref="Format"/> does.
    /// </summary>
    public static MimeBundle FromInlineHtml(string inlineHtml, string plainText, bool embedLibrary)
    {
        var start = inlineHtml.IndexOf("<script", StringComparison.OrdinalIgnoreCase);
        var bodyStart = start < 0 ? -1 : inlineHtml.IndexOf('>', start) + 1;
        var end = inlineHtml.LastIndexOf("</script>", StringComparison.OrdinalIgnoreCase);
        if (start < 0 || bodyStart <= 0 || end < bodyStart)
        {
            return new MimeBundle(new Dictionary<string, string> { ["text/plain"] = plainText, ["text/html"] = inlineHtml });
        }

        var html = new StringBuilder(embedLibrary ? PlotlyScript.Text.Length + inlineHtml.Length + 2000 : inlineHtml.Length + 1000)
            .Append("<div class=\"an-plot\">").Append(inlineHtml.AsSpan(0, start)).Append("</div>\n");
        if (embedLibrary)
        {
            html.Append(LibraryStart).Append("if (!window.Plotly) { (function (d) { window.define = undefined; try {\n").Append(PlotlyScript.Text).Append(LibraryEnd);
        }

        html.Append("<script type=\"text/javascript\">(function () {\n  function draw() {\n")
            .Append(inlineHtml.AsSpan(bodyStart, end - bodyStart))
            .Append("\n  }\n  if (window.Plotly) { draw(); return; }\n")
            .Append("  var waited = 0, timer = setInterval(function () { waited += 100; if (window.Plotly) { clearInterval(timer); draw(); } else if (waited >= ")
            .Append(WaitMilliseconds.ToString(CultureInfo.InvariantCulture)).Append(") { clearInterval(timer); } }, 100);\n})();</script>");
        return new MimeBundle(new Dictionary<string, string> { ["text/plain"] = plainText, ["text/html"] = html.ToString() });
    }

    private static string FigureJson(GenericChart chart)
    {
        var data = Newtonsoft.Json.JsonConvert.SerializeObject(GenericChart.getTraces(chart));
        var layout = Newtonsoft.Json.JsonConvert.SerializeObject(GenericChart.getLayout(chart));
        var config = Newtonsoft.Json.JsonConvert.SerializeObject(GenericChart.getConfig(chart));
        return "{\"data\":" + data + ",\"layout\":" + layout + ",\"config\":" + config + "}";
    }
}
