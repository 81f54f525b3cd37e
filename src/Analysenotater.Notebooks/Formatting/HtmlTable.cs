using System.Net;
using System.Text;

namespace Analysenotater.Notebooks.Formatting;

/// <summary>Builds the plain HTML table the DataFrame and Deedle formatters share (all text escaped, numbers right-aligned).</summary>
internal static class HtmlTable
{
    public static string Build(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<(string Text, bool Numeric)>> rows, string? footer)
    {
        var sb = new StringBuilder("<table class=\"an-table an-frame\"><thead><tr>");
        foreach (var h in headers)
        {
            sb.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            foreach (var (text, numeric) in row)
            {
                sb.Append(numeric ? "<td style=\"text-align:right\">" : "<td>").Append(WebUtility.HtmlEncode(text)).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody>");
        if (footer is not null)
        {
            sb.Append("<tfoot><tr><td colspan=\"").Append(headers.Count).Append("\">").Append(WebUtility.HtmlEncode(footer)).Append("</td></tr></tfoot>");
        }

        return sb.Append("</table>").ToString();
    }
}
