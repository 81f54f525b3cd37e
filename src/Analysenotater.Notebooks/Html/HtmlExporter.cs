using System.Net;
using System.Text;
using Analysenotater.Notebooks.Documents;
using Markdig;

namespace Analysenotater.Notebooks.Html;

/// <summary>
/// Turns an executed notebook into one self-contained HTML file that opens offline: Markdown rendered, code shown,
/// outputs in their richest form, plotly.js inlined once (only when a chart is present) with <c>window.define</c>
/// hidden around it so a page with require.js still gets <c>window.Plotly</c>. No external resource is referenced.
/// Cells tagged <c>remove-cell</c> are left out; the code of cells tagged <c>hide-input</c>/<c>remove-input</c> is not shown
/// (see <see cref="CellVisibility"/>; the report without any code is Analysenotater.Reports).
/// </summary>
public static class HtmlExporter
{
    private const string PlotlyMime = "application/vnd.plotly.v1+json";

    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseAutoIdentifiers().Build();

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}
        .an-cell{margin:0 0 1.2rem 0}.an-prompt{color:#888;font:12px monospace;margin-bottom:2px}
        pre{margin:0;white-space:pre-wrap;word-break:break-word}
        .an-code{background:#f5f6f8;border-left:3px solid #4a78b5;padding:.6rem .8rem;font:13px/1.4 ui-monospace,Consolas,monospace;overflow-x:auto}
        .an-output{margin:.4rem 0 0 0;padding:.2rem .8rem;overflow-x:auto}
        .an-stream{font:13px/1.4 ui-monospace,Consolas,monospace}.an-stderr{background:#fff4e5}
        .an-error{font:13px/1.4 ui-monospace,Consolas,monospace;background:#fdecea;color:#8a1c1c;padding:.5rem .8rem}
        table.an-table{border-collapse:collapse;margin:.4rem 0;font-size:14px}
        table.an-table caption{text-align:left;font-weight:600;padding:.3rem 0}
        table.an-table th,table.an-table td{border:1px solid #d0d4da;padding:.25rem .6rem}
        table.an-table th{background:#eef1f5}table.an-table tfoot td{font-size:12px;color:#555;border:none}
        .an-suppressed{color:#999}ol.an-notes{margin:.2rem 0;padding-left:1.2rem}
        """;

    /// <summary>Exports the notebook as an HTML document titled <paramref name="title"/>.</summary>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public static string Export(Notebook notebook, string title, bool includeCode = true)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(title);
        var hasChart = notebook.Cells.Any(c => c.Outputs.Any(o => o.Bundle?.Data.ContainsKey(PlotlyMime) == true));
        var sb = new StringBuilder(hasChart ? PlotlyScript.Text.Length + 100_000 : 100_000);
        sb.Append("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"generator\" content=\"Analysenotater\">\n<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n");
        if (hasChart)
        {
            sb.Append("<script type=\"text/javascript\">window.__anDefine = window.define; window.define = undefined;</script>\n")
              .Append("<script type=\"text/javascript\">/* plotly.js 2.28.0, from Plotly.NET (MIT) */\n").Append(PlotlyScript.Text).Append("\n</script>\n")
              .Append("<script type=\"text/javascript\">window.define = window.__anDefine; delete window.__anDefine;</script>\n");
        }

        sb.Append("</head>\n<body>\n<main class=\"an-notebook\">\n");
        foreach (var cell in notebook.Cells.Where(c => !CellVisibility.IsRemoved(c)))
        {
            AppendCell(sb, cell, includeCode && !CellVisibility.HidesInput(cell));
        }

        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void AppendCell(StringBuilder sb, NotebookCell cell, bool includeCode)
    {
        switch (cell.Kind)
        {
            case NotebookCellKind.Markdown:
                sb.Append("<section class=\"an-cell an-markdown\">\n").Append(Markdig.Markdown.ToHtml(cell.Source, Markdown)).Append("</section>\n");
                return;
            case NotebookCellKind.Raw:
                sb.Append("<section class=\"an-cell an-raw\"><pre>").Append(WebUtility.HtmlEncode(cell.Source)).Append("</pre></section>\n");
                return;
        }

        sb.Append("<section class=\"an-cell an-codecell\">\n");
        if (includeCode && cell.Source.Trim().Length > 0)
        {
            sb.Append("<div class=\"an-prompt\">[").Append(cell.ExecutionCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? " ").Append("]</div>")
              .Append("<pre class=\"an-code\"><code>").Append(WebUtility.HtmlEncode(cell.Source)).Append("</code></pre>\n");
        }

        foreach (var output in cell.Outputs)
        {
            AppendOutput(sb, output);
        }

        sb.Append("</section>\n");
    }

    private static void AppendOutput(StringBuilder sb, CellOutput output)
    {
        switch (output.Kind)
        {
            case CellOutputKind.Stream:
                var cls = output.StreamName == "stderr" ? "an-stream an-stderr" : "an-stream";
                sb.Append("<div class=\"an-output\"><pre class=\"").Append(cls).Append("\">").Append(WebUtility.HtmlEncode(output.Text ?? "")).Append("</pre></div>\n");
                return;
            case CellOutputKind.Error:
                var text = output.Traceback.Count > 0 ? string.Join("\n", output.Traceback) : $"{output.ErrorName}: {output.ErrorValue}";
                sb.Append("<div class=\"an-output\"><pre class=\"an-error\">").Append(WebUtility.HtmlEncode(text)).Append("</pre></div>\n");
                return;
        }

        var data = output.Bundle!.Data;
        sb.Append("<div class=\"an-output\">");
        if (data.TryGetValue("text/html", out var html))
        {
            // plotly.js is in the page head once; a chart output that carries it inline (the first of a session) drops it here.
            sb.Append(Formatting.PlotlyChartFormatter.WithoutLibrary(html));
        }
        else if (data.TryGetValue("image/svg+xml", out var svg))
        {
            sb.Append(svg);
        }
        else if (data.TryGetValue("image/png", out var png))
        {
            sb.Append("<img alt=\"\" src=\"data:image/png;base64,").Append(png.Trim()).Append("\">");
        }
        else if (data.TryGetValue("text/markdown", out var md))
        {
            sb.Append(Markdig.Markdown.ToHtml(md, Markdown));
        }
        else
        {
            sb.Append("<pre class=\"an-stream\">").Append(WebUtility.HtmlEncode(data.TryGetValue("text/plain", out var plain) ? plain : "")).Append("</pre>");
        }

        sb.Append("</div>\n");
    }
}
