using System.Data;
using System.Globalization;
using System.Reflection;
using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Notebooks.Formatting;

/// <summary>Deedle frames (any key types) → an HTML table of the first rows (via Deedle's ToDataTable) and Deedle's own text format.</summary>
internal static class DeedleFormatter
{
    private const int MaxRows = 50;

    private static readonly MethodInfo ToDataTable = typeof(Deedle.FrameExtensions).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .First(m => m.Name == "ToDataTable" && m.GetParameters().Length == 2);

    public static bool Matches(object value) => value is Deedle.IFrame && FrameTypeArguments(value.GetType()) is not null;

    public static MimeBundle Format(object frame)
    {
        var args = FrameTypeArguments(frame.GetType())!;
        var table = (DataTable)ToDataTable.MakeGenericMethod(args).Invoke(null, [frame, new[] { "Key" }])!;
        var headers = table.Columns.Cast<DataColumn>().Select(c => c.ColumnName).ToList();
        var rows = table.Rows.Cast<DataRow>().Take(MaxRows).Select(r => (IReadOnlyList<(string, bool)>)table.Columns.Cast<DataColumn>()
            .Select(c => (Text(r[c]), r[c] is double or float or int or long or decimal)).ToList()).ToList();
        var footer = FormattableString.Invariant($"{table.Rows.Count} rows × {table.Columns.Count - 1} columns") + (rows.Count < table.Rows.Count ? FormattableString.Invariant($" (first {rows.Count} shown)") : "");
        var format = frame.GetType().GetMethod("Format", Type.EmptyTypes);
        var text = format?.Invoke(frame, null) as string ?? frame.ToString() ?? "";
        return new MimeBundle(new Dictionary<string, string> { ["text/plain"] = text, ["text/html"] = TableStyle.Wrap(HtmlTable.Build(headers, rows, footer)) });
    }

    private static Type[]? FrameTypeArguments(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Deedle.Frame<,>))
            {
                return t.GetGenericArguments();
            }
        }

        return null;
    }

    private static string Text(object? v) => v switch
    {
        null or DBNull => "",
        double d when double.IsNaN(d) => "",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };
}
