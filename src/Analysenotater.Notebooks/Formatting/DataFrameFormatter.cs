using System.Globalization;
using Analysenotater.Notebooks.Execution;
using Microsoft.Data.Analysis;

namespace Analysenotater.Notebooks.Formatting;

/// <summary>Microsoft.Data.Analysis DataFrame → an HTML table of the first <see cref="MaxRows"/> rows (nulls shown empty) and its ToString() text.</summary>
internal static class DataFrameFormatter
{
    public const int MaxRows = 50;

    public static MimeBundle Format(DataFrame frame)
    {
        var headers = frame.Columns.Select(c => c.Name).ToList();
        var shown = (int)Math.Min(frame.Rows.Count, MaxRows);
        var rows = new List<IReadOnlyList<(string, bool)>>(shown);
        for (var r = 0; r < shown; r++)
        {
            var cells = new List<(string, bool)>(headers.Count);
            foreach (var column in frame.Columns)
            {
                var v = column[r];
                cells.Add((v is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : v?.ToString() ?? "", IsNumeric(column.DataType)));
            }

            rows.Add(cells);
        }

        var footer = FormattableString.Invariant($"{frame.Rows.Count} rows × {frame.Columns.Count} columns") + (shown < frame.Rows.Count ? FormattableString.Invariant($" (first {shown} shown)") : "");
        return new MimeBundle(new Dictionary<string, string>
        {
            ["text/plain"] = frame.ToString() + footer + "\n",
            ["text/html"] = TableStyle.Wrap(HtmlTable.Build(headers, rows, footer)),
        });
    }

    private static bool IsNumeric(Type t) =>
        t == typeof(double) || t == typeof(float) || t == typeof(int) || t == typeof(long) || t == typeof(decimal) ||
        t == typeof(short) || t == typeof(byte) || t == typeof(uint) || t == typeof(ulong) || t == typeof(ushort) || t == typeof(sbyte);
}
