using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Analysenotater.Reporting;

/// <summary>
/// An immutable table ready for people (text, Markdown, HTML with Norwegian formatting) and machines (CSV, JSON with
/// invariant numbers). Every result of the library renders through one or more of these. Build one with
/// <see cref="ReportTableBuilder"/>.
/// </summary>
public sealed class ReportTable : ReportPart
{
    /// <summary>Creates a table. Every row must have one cell per column.</summary>
    /// <exception cref="ArgumentException">A row has the wrong number of cells; the message names the row.</exception>
    public ReportTable(string title, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<ReportCell>> rows, IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Count != columns.Count)
            {
                throw new ArgumentException($"Table '{title}': row {i + 1} has {rows[i].Count} cells; the table has {columns.Count} columns.", nameof(rows));
            }
        }

        Title = title ?? "";
        Columns = columns;
        Rows = rows;
        Notes = notes ?? [];
    }

    /// <summary>The caption.</summary>
    public string Title { get; }

    /// <summary>The column headers.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows of cells.</summary>
    public IReadOnlyList<IReadOnlyList<ReportCell>> Rows { get; }

    /// <summary>Numbered notes printed under the table (method, missing-value handling, suppression).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>A copy with more notes appended.</summary>
    public ReportTable WithNotes(IEnumerable<string> more) => new(Title, Columns, Rows, [.. Notes, .. more]);

    /// <summary>Finds the first row whose first cell's text equals <paramref name="label"/>; null when absent.</summary>
    public IReadOnlyList<ReportCell>? FindRow(string label) => Rows.FirstOrDefault(r => r.Count > 0 && r[0].Text == label);

    /// <summary>The index of a column by header; −1 when absent.</summary>
    public int ColumnIndex(string header)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == header)
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public override string ToText()
    {
        var widths = Columns.Select(c => c.Length).ToArray();
        foreach (var r in Rows)
        {
            for (var i = 0; i < r.Count; i++)
            {
                widths[i] = Math.Max(widths[i], r[i].Display().Length);
            }
        }

        var sb = new StringBuilder();
        if (Title.Length > 0)
        {
            sb.Append(Title).Append('\n');
        }

        AppendTextRow(sb, Columns.Select(c => (c, false)).ToList(), widths);
        sb.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var r in Rows)
        {
            AppendTextRow(sb, r.Select(c => (c.Display(), c.IsNumeric)).ToList(), widths);
        }

        AppendNotes(sb, n => n);
        return sb.ToString();
    }

    /// <inheritdoc />
    public override string ToMarkdown()
    {
        var sb = new StringBuilder();
        if (Title.Length > 0)
        {
            sb.Append("**").Append(EscapeMd(Title)).Append("**\n\n");
        }

        sb.Append("| ").Append(string.Join(" | ", Columns.Select(EscapeMd))).Append(" |\n");
        sb.Append('|');
        for (var i = 0; i < Columns.Count; i++)
        {
            var numeric = Rows.Count > 0 && Rows.All(r => r[i].IsNumeric || r[i].Kind == CellKind.Empty) && Rows.Any(r => r[i].IsNumeric);
            sb.Append(numeric ? " ---: |" : " --- |");
        }

        sb.Append('\n');
        foreach (var r in Rows)
        {
            sb.Append("| ").Append(string.Join(" | ", r.Select(c => EscapeMd(c.Display())))).Append(" |\n");
        }

        if (Notes.Count > 0)
        {
            sb.Append('\n');
            AppendNotes(sb, EscapeMd);
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public override string ToHtml()
    {
        var sb = new StringBuilder();
        sb.Append("<table class=\"an-table\">");
        if (Title.Length > 0)
        {
            sb.Append("<caption>").Append(WebUtility.HtmlEncode(Title)).Append("</caption>");
        }

        sb.Append("<thead><tr>");
        foreach (var c in Columns)
        {
            sb.Append("<th>").Append(WebUtility.HtmlEncode(c)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var r in Rows)
        {
            sb.Append("<tr>");
            foreach (var c in r)
            {
                var cls = c.Kind == CellKind.Suppressed ? " class=\"an-suppressed\" title=\"Skjult (personvern)\"" : c.IsNumeric ? " style=\"text-align:right\"" : "";
                sb.Append("<td").Append(cls).Append('>').Append(WebUtility.HtmlEncode(c.Display())).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody>");
        if (Notes.Count > 0)
        {
            sb.Append("<tfoot><tr><td colspan=\"").Append(Columns.Count.ToString(CultureInfo.InvariantCulture)).Append("\"><ol class=\"an-notes\">");
            foreach (var n in Notes)
            {
                sb.Append("<li>").Append(WebUtility.HtmlEncode(n)).Append("</li>");
            }

            sb.Append("</ol></td></tr></tfoot>");
        }

        sb.Append("</table>");
        return sb.ToString();
    }

    /// <summary>CSV (comma-separated, RFC 4180 quoting, invariant numbers, suppressed cells empty) with a header row.</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", Columns.Select(CsvQuote))).Append('\n');
        foreach (var r in Rows)
        {
            sb.Append(string.Join(",", r.Select(c => CsvQuote(c.Invariant())))).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>JSON: title, columns, rows of typed cells (numbers invariant; suppressed cells as {"suppressed":true}) and notes.</summary>
    public string ToJson()
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("title", Title);
            w.WriteStartArray("columns");
            foreach (var c in Columns)
            {
                w.WriteStringValue(c);
            }

            w.WriteEndArray();
            w.WriteStartArray("rows");
            foreach (var r in Rows)
            {
                w.WriteStartArray();
                foreach (var c in r)
                {
                    switch (c.Kind)
                    {
                        case CellKind.Empty:
                            w.WriteNullValue();
                            break;
                        case CellKind.Text:
                            w.WriteStringValue(c.Text);
                            break;
                        case CellKind.Suppressed:
                            w.WriteStartObject();
                            w.WriteBoolean("suppressed", true);
                            w.WriteEndObject();
                            break;
                        default:
                            w.WriteNumberValue(c.Value);
                            break;
                    }
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteStartArray("notes");
            foreach (var n in Notes)
            {
                w.WriteStringValue(n);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }


    private void AppendNotes(StringBuilder sb, Func<string, string> esc)
    {
        for (var i = 0; i < Notes.Count; i++)
        {
            sb.Append(i + 1).Append(". ").Append(esc(Notes[i])).Append('\n');
        }
    }

    private static void AppendTextRow(StringBuilder sb, List<(string Text, bool Right)> cells, int[] widths)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                sb.Append("  ");
            }

            var (t, right) = cells[i];
            sb.Append(right ? t.PadLeft(widths[i]) : i == cells.Count - 1 ? t : t.PadRight(widths[i]));
        }

        sb.Append('\n');
    }

    private static string EscapeMd(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string CsvQuote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
