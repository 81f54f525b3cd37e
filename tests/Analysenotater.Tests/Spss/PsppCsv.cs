namespace Analysenotater.Tests.Spss;

/// <summary>Reads the CSV that PSPP writes (its CSV output driver and pspp-convert): RFC 4180 quoting, fields may span lines (parsed by Sep).</summary>
internal static class PsppCsv
{
    public static List<List<string>> Parse(string text)
        => [.. Analysenotater.Import.SeparatedText.ReadRecords(text, ',', "PSPP CSV").Select(r => r.Count == 1 && r[0].Length == 0 ? [] : r)]; // a blank line ends a table

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
