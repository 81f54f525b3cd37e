using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Analysenotater.Localization;
using Analysenotater.Notebooks.Html;
using Analysenotater.Reports.Content;

namespace Analysenotater.Reports.Html;

/// <summary>
/// Writes a <see cref="ReportContent"/> as one self-contained HTML report without code: the title block, the body,
/// the numbered notes under their first table, appendices, and print CSS for A4 (15 mm margins, a page break before
/// every level-1 and level-2 heading, wide tables on landscape pages, figures and tables kept whole, a heading and its
/// short lead-in kept on the page of the table or figure that follows). plotly.js is
/// inlined once when there is a figure; figures fill the column width. <c>window.anReportReady</c> is a promise that
/// settles when every figure is drawn (the PDF printer waits for it).
/// </summary>
public static class ReportHtmlWriter
{
    private const string Style = """
        :root{--an-text:#1b1b1b;--an-rule:#c9ced6;--an-head:#eef1f5}
        body{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;color:var(--an-text);line-height:1.4;max-width:180mm;margin:1.5rem auto;padding:0 1rem;font-size:10.5pt}
        h1{font-size:20pt;margin:0 0 .4rem}h2{font-size:15pt;margin:1.4rem 0 .5rem}h3{font-size:12.5pt;margin:1rem 0 .4rem}
        .an-titleblock{border-bottom:2px solid #4a78b5;padding-bottom:.6rem;margin-bottom:1.2rem}
        .an-titleblock dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.4rem 0 0;font-size:9.5pt}
        .an-titleblock dt{font-weight:600}.an-titleblock dd{margin:0}
        .an-block{margin:.6rem 0}.an-keep{break-inside:avoid}
        .an-printed{font-family:"DejaVu Sans Mono",monospace;font-size:9pt;white-space:pre-wrap;overflow-wrap:anywhere;margin:.4rem 0}
        figure{margin:.8rem 0;break-inside:avoid}
        figcaption,table.an-table caption{font-weight:600;text-align:left;padding:.2rem 0;caption-side:top;font-size:10pt}
        table.an-table{border-collapse:collapse;width:100%;font-size:9pt;table-layout:auto}
        table.an-table th,table.an-table td{border:1px solid var(--an-rule);padding:.15rem .35rem;overflow-wrap:break-word;hyphens:manual;vertical-align:top}
        table.an-table thead th{overflow-wrap:normal}
        table.an-table thead th{background:var(--an-head);font-weight:600;text-align:center}
        table.an-table thead tr:last-child th:first-child{text-align:left}
        table.an-table td.an-num{text-align:right;white-space:nowrap}
        table.an-table:not(.an-wide) th:first-child,table.an-table:not(.an-wide) td:first-child{overflow-wrap:break-word;min-width:6em}
        table.an-wide{font-size:7.5pt;table-layout:fixed}
        table.an-wide thead th,table.an-wide tbody td{overflow-wrap:anywhere;hyphens:auto}
        table.an-wide td.an-num{white-space:normal}
        .an-notes{font-size:8.5pt;color:#444;margin:.25rem 0 0;padding:0;list-style:none}
        .an-notes li{margin:.1rem 0}
        .an-collapsed{font-style:italic}
        .an-figure .an-plot{width:100%;height:380px}
        .an-appendix h2{break-before:page}
        @page{size:A4 portrait;margin:15mm}
        @page landscape{size:A4 landscape;margin:15mm}
        @media print{
          body{max-width:none;width:180mm;margin:0;padding:0}
          h1.an-chapter,h2{break-before:page;break-after:avoid}h3,h4{break-after:avoid}
          .an-titleblock+h2{break-before:auto}
          .an-keepnext{break-inside:avoid}.an-keepnext>h2:first-child{break-before:auto}
          .an-keepnext.an-newpage{break-before:page}.an-titleblock+.an-keepnext.an-newpage{break-before:auto}
          .an-landscape{page:landscape;width:267mm}
          thead{display:table-header-group}tr{break-inside:avoid}
        }
        """;

    /// <summary>Tables with at most this many rows are kept on one page.</summary>
    public const int KeepTogetherRows = 20;

    /// <summary>The most lead-in text (characters of prose under a heading) that is kept on the page of the table or figure after it.</summary>
    public const int KeepWithNextChars = 900;

    /// <summary>Writes the report as HTML.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Write(ReportContent report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Metadata;
        var hasFigures = report.Figures.Any();
        var sb = new StringBuilder(hasFigures ? PlotlyScript.Text.Length + 200_000 : 200_000);
        var lang = MessageLanguage.IsEnglish ? "en" : "nb";
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(lang).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"generator\" content=\"Analysenotater (report)\">\n<title>").Append(Encode(m.Title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n");
        if (hasFigures)
        {
            sb.Append("<script type=\"text/javascript\">window.__anDefine = window.define; window.define = undefined;</script>\n")
              .Append("<script type=\"text/javascript\">/* plotly.js 2.28.0, from Plotly.NET (MIT) */\n").Append(PlotlyScript.Text).Append("\n</script>\n")
              .Append("<script type=\"text/javascript\">window.define = window.__anDefine; delete window.__anDefine;</script>\n");
        }

        sb.Append("</head>\n<body>\n<main class=\"an-report\">\n<header class=\"an-titleblock\">\n<h1>").Append(Encode(m.Title)).Append("</h1>\n<dl>\n");
        AppendTerm(sb, ReportTexts.Get("DataSource"), m.DataSource);
        AppendTerm(sb, ReportTexts.Get("Instrument"), m.Instrument);
        AppendTerm(sb, ReportTexts.Get("Date"), m.Date);
        AppendTerm(sb, ReportTexts.Get("Disclosure"), m.Disclosure);
        sb.Append("</dl>\n</header>\n");
        var printedNotes = new HashSet<int>();
        var drawCalls = new List<string>();
        var landscape = LeadInsOfWideTables(report.Blocks);
        var keepWithNext = LeadInsKeptWithNext(report.Blocks, landscape);
        for (var i = 0; i < report.Blocks.Count; i++)
        {
            if (keepWithNext.TryGetValue(i, out var end))
            {
                sb.Append(report.Blocks[i] is HeadingBlock { Level: <= 2 } ? "<div class=\"an-keepnext an-newpage\">\n" : "<div class=\"an-keepnext\">\n");
            }

            // A table that ends a keep-with-next group may break between rows when the group does not fit on one page.
            var groupEnd = keepWithNext.ContainsValue(i);
            AppendBlock(sb, report.Blocks[i], report, printedNotes, drawCalls, inAppendix: false, landscape.Contains(i), keepWhole: !groupEnd);
            if (groupEnd)
            {
                sb.Append("</div>\n");
            }
        }

        if (report.Appendices.Count > 0)
        {
            sb.Append("<section class=\"an-appendix\">\n");
            foreach (var table in report.Appendices)
            {
                sb.Append("<h2>").Append(Encode(ReportTexts.Format("AppendixTitle", table.AppendixLetter, table.Caption.Length > 0 ? table.Caption : ReportTexts.Get("Table") + " " + table.Number.ToString(CultureInfo.InvariantCulture)))).Append("</h2>\n");
                AppendTable(sb, table, report, printedNotes);
            }

            sb.Append("</section>\n");
        }

        sb.Append("</main>\n<script type=\"text/javascript\">\nwindow.anReportReady = Promise.all([\n")
          .Append(string.Join(",\n", drawCalls))
          .Append("\n]).then(function () { window.anReportDrawn = true; }, function (e) { window.anReportDrawn = true; window.anReportError = String(e); });\n</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The figure JSON prepared for a report column: fixed widths removed so the figure fills the column, autosize on.</summary>
    /// <param name="figureJson">The Plotly figure.</param>
    /// <returns>The adjusted figure JSON.</returns>
    public static string FitToColumn(string figureJson)
    {
        ArgumentNullException.ThrowIfNull(figureJson);
        var node = JsonNode.Parse(figureJson) as JsonObject ?? [];
        var layout = node["layout"] as JsonObject ?? [];
        layout.Remove("width");
        layout["autosize"] = true;
        node["layout"] = layout;
        var config = node["config"] as JsonObject ?? [];
        config["responsive"] = true;
        config["displayModeBar"] = false;
        node["config"] = config;
        return node.ToJsonString();
    }

    /// <summary>The headings and prose that lead into a wide (landscape) table: they print on the table's landscape page,
    /// so that a heading is never left alone on a portrait page before it.</summary>
    private static HashSet<int> LeadInsOfWideTables(IReadOnlyList<ReportBlock> blocks)
    {
        var result = new HashSet<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not TableBlock { Wide: true })
            {
                continue;
            }

            var lead = new List<int>();
            for (var j = i - 1; j >= 0 && blocks[j] is HeadingBlock or ProseBlock or PrintedTextBlock; j--)
            {
                lead.Add(j);
                if (blocks[j] is HeadingBlock)
                {
                    result.UnionWith(lead);
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Keep-with-next for portrait pages: a heading and the short prose under it (at most <see cref="KeepWithNextChars"/>
    /// characters, further headings included) are kept on one page with the table (up to <see cref="KeepTogetherRows"/>
    /// rows) or figure that follows, so that no page holds only a heading and its lead-in. Maps the first block of each
    /// group to its last (the table or figure).
    /// </summary>
    private static Dictionary<int, int> LeadInsKeptWithNext(IReadOnlyList<ReportBlock> blocks, HashSet<int> landscape)
    {
        var result = new Dictionary<int, int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var kept = blocks[i] switch
            {
                FigureBlock => true,
                TableBlock { Wide: false, AppendixLetter: null } t => t.Rows.Count <= KeepTogetherRows,
                _ => false,
            };
            if (!kept)
            {
                continue;
            }

            int? start = null;
            var chars = 0;
            for (var j = i - 1; j >= 0 && !landscape.Contains(j) && !result.ContainsValue(j); j--)
            {
                chars += blocks[j] switch
                {
                    HeadingBlock => 0,
                    ProseBlock p => p.Text.Length,
                    PrintedTextBlock t => t.Text.Length,
                    _ => int.MaxValue / 2,
                };
                if (chars > KeepWithNextChars)
                {
                    break;
                }

                if (blocks[j] is HeadingBlock h)
                {
                    start = j;
                    if (h.Level <= 2)
                    {
                        break;
                    }
                }
            }

            if (start is { } s)
            {
                result[s] = i;
            }
        }

        return result;
    }

    private static void AppendBlock(StringBuilder sb, ReportBlock block, ReportContent report, HashSet<int> printedNotes, List<string> drawCalls, bool inAppendix, bool landscape = false, bool keepWhole = true)
    {
        switch (block)
        {
            case HeadingBlock h:
                var level = Math.Clamp(h.Level, 2, 6);
                sb.Append("<h").Append(level).Append(landscape ? " class=\"an-landscape\"" : "").Append('>').Append(Encode(h.Text)).Append("</h").Append(level).Append(">\n");
                break;
            case ProseBlock p:
                sb.Append(landscape ? "<div class=\"an-block an-landscape\">" : "<div class=\"an-block\">").Append(p.Html).Append("</div>\n");
                break;
            case PrintedTextBlock t:
                sb.Append(landscape ? "<pre class=\"an-printed an-landscape\">" : "<pre class=\"an-printed\">").Append(Encode(t.Text)).Append("</pre>\n");
                break;
            case FigureBlock f:
                var id = string.Create(CultureInfo.InvariantCulture, $"an-figure-{f.Number}");
                sb.Append("<figure class=\"an-figure\" id=\"").Append(id).Append("-box\">\n<figcaption>")
                  .Append(Encode(Label("Figure", f.Number, f.Title))).Append("</figcaption>\n<div class=\"an-plot\" id=\"").Append(id).Append("\"></div>\n</figure>\n");
                var json = FitToColumn(f.FigureJson).Replace("</", "<\\/", StringComparison.Ordinal);
                drawCalls.Add($"(function(){{var f={json};f.layout.title=undefined;return window.Plotly?window.Plotly.newPlot('{id}',f.data,f.layout,f.config):Promise.resolve();}})()");
                break;
            case TableBlock t when t.AppendixLetter is not null && !inAppendix:
                sb.Append("<p class=\"an-block an-collapsed\">")
                  .Append(Encode(ReportTexts.Format("CollapsedList", Label("Table", t.Number, t.Caption), t.Rows.Count, t.AppendixLetter)))
                  .Append("</p>\n");
                break;
            case TableBlock t:
                AppendTable(sb, t, report, printedNotes, keepWhole);
                break;
        }
    }

    private static void AppendTable(StringBuilder sb, TableBlock t, ReportContent report, HashSet<int> printedNotes, bool keepWhole = true)
    {
        // Short tables stay on one page; long ones break between rows with the header repeated.
        sb.Append("<div class=\"an-block").Append(t.Wide ? " an-landscape" : "").Append(keepWhole && t.Rows.Count <= KeepTogetherRows ? " an-keep" : "").Append("\">");
        sb.Append("<table class=\"an-table").Append(t.Wide ? " an-wide" : "").Append("\"><caption>").Append(Encode(Label("Table", t.Number, t.Caption))).Append("</caption>\n");
        if (t.Wide && t.ColumnCount > 1)
        {
            // The row labels get a wider first column; the numbers share the rest.
            var rest = (82.0 / (t.ColumnCount - 1)).ToString("0.###", CultureInfo.InvariantCulture);
            sb.Append("<colgroup><col style=\"width:18%\">");
            for (var i = 1; i < t.ColumnCount; i++)
            {
                sb.Append("<col style=\"width:").Append(rest).Append("%\">");
            }

            sb.Append("</colgroup>\n");
        }

        sb.Append("<thead>");
        foreach (var row in t.HeaderRows)
        {
            sb.Append("<tr>");
            foreach (var c in row)
            {
                sb.Append("<th").Append(c.ColumnSpan > 1 ? $" colspan=\"{c.ColumnSpan.ToString(CultureInfo.InvariantCulture)}\"" : "").Append('>').Append(Encode(c.Text)).Append("</th>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</thead>\n<tbody>\n");
        foreach (var row in t.Rows)
        {
            sb.Append("<tr>");
            foreach (var c in row)
            {
                sb.Append(c.Numeric ? "<td class=\"an-num\"" : "<td").Append(c.ColumnSpan > 1 ? $" colspan=\"{c.ColumnSpan.ToString(CultureInfo.InvariantCulture)}\"" : "").Append('>').Append(Encode(c.Text)).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody></table>\n");
        if (t.NoteNumbers.Count > 0)
        {
            sb.Append("<ul class=\"an-notes\">");
            foreach (var n in t.NoteNumbers.Distinct())
            {
                var note = report.Notes[n - 1];
                var text = printedNotes.Add(n) ? $"{ReportTexts.Get("Note")} {n}: {note.Text}" : ReportTexts.Format("NoteSeeAbove", n, note.FirstTable);
                sb.Append("<li>").Append(Encode(text)).Append("</li>");
            }

            sb.Append("</ul>");
        }

        sb.Append("</div>\n");
    }

    /// <summary>«Tabell 3. Caption» / «Figur 2. Title» (the number alone when there is no caption).</summary>
    internal static string Label(string kind, int number, string caption)
        => ReportTexts.Get(kind) + " " + number.ToString(CultureInfo.InvariantCulture) + (caption.Length > 0 ? ". " + caption : "");

    private static void AppendTerm(StringBuilder sb, string term, string? value)
        => sb.Append("<dt>").Append(Encode(term)).Append("</dt><dd>").Append(Encode(value ?? ReportTexts.Get("NotGiven"))).Append("</dd>\n");

    private static string Encode(string s) => WebUtility.HtmlEncode(s);
}
