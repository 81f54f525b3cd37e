using System.Globalization;
using System.Text;

namespace Analysenotater.Statistics.Representativeness;

/// <summary>
/// Reads reference margins from CSV (UTF-8, comma, RFC 4180 quotes; parsed by Sep through <see cref="Import.SeparatedText"/>) with the header
/// <c>variable,label,sample_value,reference_value,unit,sample_n[,sample_sd,reference_sd][,source,note]</c>;
/// <c>unit</c> is <c>percent</c> (0–100) or <c>mean</c>; empty <c>sample_n</c> means unknown. Numbers use a decimal point.
/// The file shipped in <c>data-samples/brukerplan-2016/tabell1.csv</c> has this format.
/// </summary>
public static class ReferenceMarginsCsv
{
    /// <summary>Reads a file.</summary>
    /// <exception cref="FormatException">A required column is missing or a cell is not valid; the message names the file, row, column and value.</exception>
    public static IReadOnlyList<ReferenceMargin> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path, Encoding.UTF8), path);
    }

    /// <summary>Parses CSV text; <paramref name="sourceName"/> is used in messages.</summary>
    /// <exception cref="FormatException">As <see cref="Read"/>.</exception>
    public static IReadOnlyList<ReferenceMargin> Parse(string csv, string sourceName = "(text)")
    {
        ArgumentNullException.ThrowIfNull(csv);
        var records = Import.SeparatedText.ReadRecords(csv, ',');
        if (records.Count == 0)
        {
            throw new FormatException($"{sourceName}: empty file.");
        }

        var header = records[0];
        int Col(string name, bool required)
        {
            var i = header.FindIndex(h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
            if (i < 0 && required)
            {
                throw new FormatException($"{sourceName}: missing column '{name}' (header: {string.Join(",", header)}).");
            }

            return i;
        }

        int cVar = Col("variable", true), cLabel = Col("label", true), cSample = Col("sample_value", true), cRef = Col("reference_value", true),
            cUnit = Col("unit", true), cN = Col("sample_n", false), cSd = Col("sample_sd", false), cRsd = Col("reference_sd", false), cSource = Col("source", false), cNote = Col("note", false);
        var result = new List<ReferenceMargin>();
        for (var r = 1; r < records.Count; r++)
        {
            var rec = records[r];
            if (rec.Count == 1 && rec[0].Length == 0)
            {
                continue;
            }

            var row = r + 1;
            string Cell(int c) => c >= 0 && c < rec.Count ? rec[c].Trim() : "";
            double Number(int c, string name)
            {
                var s = Cell(c);
                return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && !double.IsNaN(v)
                    ? v
                    : throw new FormatException($"{sourceName}, row {row}, column '{name}': '{s}' is not a number.");
            }

            double? Optional(int c, string name) => Cell(c).Length == 0 ? null : Number(c, name);
            var unitText = Cell(cUnit).ToLowerInvariant();
            var unit = unitText switch
            {
                "percent" or "prosent" or "%" => MarginUnit.Percent,
                "mean" or "years" or "gjennomsnitt" => MarginUnit.Mean,
                _ => throw new FormatException($"{sourceName}, row {row}, column 'unit': '{Cell(cUnit)}' is not 'percent' or 'mean'."),
            };
            var n = Optional(cN, "sample_n");
            if (n is { } nv && (nv < 1 || nv != Math.Floor(nv)))
            {
                throw new FormatException($"{sourceName}, row {row}, column 'sample_n': '{Cell(cN)}' is not a positive whole number.");
            }

            result.Add(new ReferenceMargin
            {
                Variable = Cell(cVar),
                Label = Cell(cLabel).Length > 0 ? Cell(cLabel) : throw new FormatException($"{sourceName}, row {row}, column 'label': empty."),
                SampleValue = Number(cSample, "sample_value"),
                ReferenceValue = Number(cRef, "reference_value"),
                Unit = unit,
                SampleN = n is { } x ? (int)x : null,
                SampleSd = Optional(cSd, "sample_sd"),
                ReferenceSd = Optional(cRsd, "reference_sd"),
                Source = Cell(cSource),
                Note = Cell(cNote),
            });
        }

        return result;
    }
}
