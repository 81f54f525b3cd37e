using System.Text;

namespace Analysenotater.Tests.Spss;

/// <summary>Reads the CSV that PSPP writes (its CSV output driver and pspp-convert): RFC 4180 quoting, fields may span lines.</summary>
internal static class PsppCsv
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (any || field.Length > 0)
                    {
                        row.Add(field.ToString());
                    }

                    rows.Add(row);
                    row = [];
                    field.Clear();
                    any = false;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }

        if (any || field.Length > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The rows of the table titled <paramref name="title"/> in PSPP's CSV output (header row first), up to the next blank row or table.</summary>
    public static List<List<string>> Table(List<List<string>> rows, string title)
    {
        var start = rows.FindIndex(r => r.Count == 1 && r[0] == "Table: " + title);
        if (start < 0)
        {
            return [];
        }

        var result = new List<List<string>>();
        for (var i = start + 1; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.Count == 0 || (r.Count == 1 && (r[0].StartsWith("Table: ", StringComparison.Ordinal) || r[0].StartsWith("Footnote", StringComparison.Ordinal))))
            {
                break;
            }

            result.Add(r);
        }

        return result;
    }
}
