using System.Globalization;
using Analysenotater.Spss;

namespace Analysenotater.Tests.Spss;

/// <summary>Compares an <see cref="SpssFile"/> with what PSPP prints for the same file (DISPLAY DICTIONARY and MRSETS in CSV, pspp-convert CSV).</summary>
internal static class PsppExpectations
{
    public static void AssertVariables(SpssFile f, string dictionaryCsv)
    {
        var table = PsppCsv.Table(PsppCsv.Parse(dictionaryCsv), "Variables");
        Assert.Equal(["Name", "Position", "Label", "Measurement Level", "Role", "Width", "Alignment", "Print Format", "Write Format", "Missing Values"], table[0]);
        var rows = table.Skip(1).ToList();
        Assert.Equal(rows.Count, f.Variables.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var v = f.Variables[i];
            Assert.Equal(r[0], v.Name);
            Assert.Equal(int.Parse(r[1], CultureInfo.InvariantCulture), i + 1);
            Assert.Equal(r[2], v.Label ?? "");
            Assert.Equal(r[3], v.Measure.ToString());
            Assert.Equal(r[5], v.DisplayWidth.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(r[6], v.Alignment.ToString());
            Assert.Equal(r[7], v.PrintFormat.ToString());
            Assert.Equal(r[8], v.WriteFormat.ToString());
            Assert.Equal(NormaliseMissing(r[9]), v.MissingValues.ToString());
        }
    }

    public static void AssertValueLabels(SpssFile f, string dictionaryCsv)
    {
        var table = PsppCsv.Table(PsppCsv.Parse(dictionaryCsv), "Value Labels");
        var expected = new List<string>();
        var current = "";
        foreach (var r in table.Skip(1))
        {
            if (r[0].Length > 0)
            {
                current = r[0];
            }

            expected.Add($"{current} | {r[1]} | {r[2]}");
        }

        var actual = new List<string>();
        foreach (var v in f.Variables)
        {
            // PSPP lists labels sorted by value; its first column is the variable label (or name).
            var labels = v.IsNumeric
                ? v.ValueLabels.OrderBy(l => l.Number).Select(l => (Value: l.Number!.Value.ToString("R", CultureInfo.InvariantCulture), Missing: v.MissingValues.IsMissing(l.Number.Value), l.Label))
                : v.ValueLabels.OrderBy(l => l.Text, StringComparer.Ordinal).Select(l => (Value: l.Text!, Missing: v.MissingValues.IsMissing(l.Text!), l.Label));
            foreach (var (value, missing, label) in labels)
            {
                actual.Add($"{v.Label ?? v.Name} | {value}{(missing ? "[a]" : "")} | {label}");
            }
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    public static void AssertData(SpssFile f, string dataCsv)
    {
        var rows = PsppCsv.Parse(dataCsv);
        Assert.Equal(rows[0], f.Variables.Select(v => v.Name).ToList());
        Assert.Equal(rows.Count - 1, f.CaseCount);
        for (var c = 0; c < f.Variables.Count; c++)
        {
            var v = f.Variables[c];
            for (var i = 0; i < f.CaseCount; i++)
            {
                var cell = rows[i + 1][c];
                if (v.IsNumeric)
                {
                    var actual = f.Numbers(v.Name)[i];
                    if (cell.Trim().Length == 0)
                    {
                        Assert.True(double.IsNaN(actual), $"{v.Name}[{i}] should be system-missing, was {actual}");
                    }
                    else
                    {
                        var want = double.Parse(cell, CultureInfo.InvariantCulture);
                        // pspp-convert prints up to 17 significant digits; tolerance 1e-12 relative.
                        Assert.True(Math.Abs(actual - want) <= 1e-12 * Math.Max(1, Math.Abs(want)), $"{v.Name}[{i}]: {actual} vs PSPP {want}");
                    }
                }
                else
                {
                    Assert.Equal(cell, f.Texts(v.Name)[i]);
                }
            }
        }
    }

    public static void AssertMultipleResponseSets(SpssFile f, string dictionaryCsv)
    {
        var table = PsppCsv.Table(PsppCsv.Parse(dictionaryCsv), "Multiple Response Sets");
        var expected = table.Skip(1).Select(r => $"{r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4].Replace('\n', ' ')}").ToList();
        var actual = f.MultipleResponseSets.Select(s => $"{s.Name} | {s.Label} | {s.Kind} | {s.CountedValue ?? ""} | {string.Join(' ', s.VariableNames)}").ToList();
        Assert.Equal(expected, actual);
    }

    private static string NormaliseMissing(string pspp) =>
        // PSPP shows string missing values padded to 8 bytes inside quotes: "Ukjent  ".
        pspp.StartsWith('"') ? "\"" + pspp.Trim('"').TrimEnd(' ') + "\"" : pspp;
}
