using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Analysenotater.Notebooks.Execution;
using Plotly.NET;

namespace Analysenotater.Notebooks.Formatting;

/// <summary>
/// A Plotly.NET chart → "application/vnd.plotly.v1+json" (the figure: data, layout, config) and "text/html" (a div and
/// a script that draws it with the page's <c>window.Plotly</c>, waiting for it if needed). No script source is linked:
/// the HTML export inlines plotly.js once per document.
/// </summary>
internal static class PlotlyChartFormatter
{
    public static MimeBundle Format(GenericChart chart, int number)
    {
        var figure = FigureJson(chart);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(figure)))[..10];
        var id = string.Create(CultureInfo.InvariantCulture, $"an-plot-{hash}-{number}");
        var html = new StringBuilder()
            .Append("<div id=\"").Append(id).Append("\" class=\"an-plot\" style=\"width:100%;min-height:450px\"></div>\n")
            .Append("<script type=\"text/javascript\">(function () {\n")
            .Append("  var figure = ").Append(figure.Replace("</", "<\\/", StringComparison.Ordinal)).Append(";\n")
            .Append("  function draw() { window.Plotly.newPlot('").Append(id).Append("', figure.data, figure.layout || {}, figure.config || { responsive: true }); }\n")
            .Append("  if (window.Plotly) { draw(); return; }\n")
            .Append("  var waited = 0, timer = setInterval(function () { waited += 50; if (window.Plotly) { clearInterval(timer); draw(); } else if (waited > 10000) { clearInterval(timer); } }, 50);\n")
            .Append("})();</script>")
            .ToString();
        return new MimeBundle(new Dictionary<string, string>
        {
            ["text/plain"] = $"Plotly chart ({GenericChart.countTrace(chart)} trace(s))",
            ["text/html"] = html,
            ["application/vnd.plotly.v1+json"] = figure,
        });
    }

    private static string FigureJson(GenericChart chart)
    {
        var data = Newtonsoft.Json.JsonConvert.SerializeObject(GenericChart.getTraces(chart));
        var layout = Newtonsoft.Json.JsonConvert.SerializeObject(GenericChart.getLayout(chart));
        var config = Newtonsoft.Json.JsonConvert.SerializeObject(GenericChart.getConfig(chart));
        return "{\"data\":" + data + ",\"layout\":" + layout + ",\"config\":" + config + "}";
    }
}
