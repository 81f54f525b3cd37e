using System.Text;
using Analysenotater.Data;

namespace Analysenotater.Export;

/// <summary>
/// Writes microdata — a <see cref="SurveyDataset"/>, one row per respondent, no disclosure control — as CSV (for
/// conversion and internal work only; never on the report path, where released numbers go through
/// <see cref="Reporting.ReportTable"/> exports): UTF-8 without byte-order mark, comma separated, "\n" line ends, one
/// header line with the column names, answer codes as integers, numbers in invariant culture (shortest round-trip
/// form), text quoted when it holds a comma, quote or line break. Missing values (no answer, NaN, empty text) are empty
/// fields. The output depends only on the dataset, so the same data gives the same bytes.
/// </summary>
public static class MicrodataCsvWriter
{
    /// <summary>The dataset as CSV text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static string ToCsv(SurveyDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var sb = new StringBuilder();
        sb.AppendJoin(',', dataset.Columns.Select(c => Quote(c.Name))).Append('\n');
        for (var r = 0; r < dataset.RowCount; r++)
        {
            for (var c = 0; c < dataset.Columns.Count; c++)
            {
                if (c > 0)
                {
                    sb.Append(',');
                }

                var col = dataset.Columns[c];
                var v = col.FormatInvariant(r);
                sb.Append(col.Kind == ColumnKind.Text ? Quote(v) : v);
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Writes the dataset to <paramref name="path"/> (UTF-8, no BOM).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Write(SurveyDataset dataset, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllText(path, ToCsv(dataset), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
