using System.Globalization;
using Analysenotater.Spss;

namespace Analysenotater.Tests.Spss;

/// <summary>
/// Reads fixtures written by GNU PSPP 1.6.2 from fixtures.sps / fixture-1252.sps and compares every value, label,
/// format, missing-value specification and multiple-response set with what PSPP itself prints for the same file
/// (Fixtures/*.dictionary.csv from DISPLAY DICTIONARY + MRSETS /DISPLAY, Fixtures/*.data.csv from pspp-convert).
/// Regenerate with Fixtures/make-fixtures.sh.
/// </summary>
public sealed class SpssReaderTests
{
    public static TheoryData<string, SpssCompression, string> Fixtures => new()
    {
        { "fixture-uncompressed.sav", SpssCompression.None, "utf-8" },
        { "fixture-compressed.sav", SpssCompression.Bytecode, "utf-8" },
        { "fixture.zsav", SpssCompression.Zlib, "utf-8" },
        { "fixture-1252.sav", SpssCompression.Bytecode, "windows-1252" },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Header_compression_and_encoding_are_read(string file, SpssCompression compression, string encoding)
    {
        var f = SpssReader.Read(SpssTestFiles.PathOf(file));
        Assert.Equal(compression, f.Info.Compression);
        Assert.Equal(encoding, f.Info.EncodingName);
        Assert.Contains("pspp", f.Info.Product, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(f.Warnings);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Variables_match_PSPP_DISPLAY_DICTIONARY(string file, SpssCompression compression, string encoding)
    {
        _ = (compression, encoding);
        var f = SpssReader.Read(SpssTestFiles.PathOf(file));
        var table = PsppCsv.Table(PsppCsv.Parse(File.ReadAllText(SpssTestFiles.PathOf(file + ".dictionary.csv"))), "Variables");
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

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Value_labels_match_PSPP_including_user_missing_marks(string file, SpssCompression compression, string encoding)
    {
        _ = (compression, encoding);
        var f = SpssReader.Read(SpssTestFiles.PathOf(file));
        var table = PsppCsv.Table(PsppCsv.Parse(File.ReadAllText(SpssTestFiles.PathOf(file + ".dictionary.csv"))), "Value Labels");
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

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Data_match_pspp_convert(string file, SpssCompression compression, string encoding)
    {
        _ = (compression, encoding);
        var f = SpssReader.Read(SpssTestFiles.PathOf(file));
        var rows = PsppCsv.Parse(File.ReadAllText(SpssTestFiles.PathOf(file + ".data.csv")));
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

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Multiple_response_sets_match_PSPP(string file, SpssCompression compression, string encoding)
    {
        _ = (compression, encoding);
        var f = SpssReader.Read(SpssTestFiles.PathOf(file));
        var table = PsppCsv.Table(PsppCsv.Parse(File.ReadAllText(SpssTestFiles.PathOf(file + ".dictionary.csv"))), "Multiple Response Sets");
        var expected = table.Skip(1).Select(r => $"{r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4].Replace('\n', ' ')}").ToList();
        var actual = f.MultipleResponseSets.Select(s => $"{s.Name} | {s.Label} | {s.Kind} | {s.CountedValue ?? ""} | {string.Join(' ', s.VariableNames)}").ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Very_long_string_with_Norwegian_letters_is_read_whole()
    {
        var f = SpssReader.Read(SpssTestFiles.PathOf("fixture-compressed.sav"));
        var v = f.GetVariable("kommentar");
        Assert.Equal(500, v.Width);
        var text = f.Texts("kommentar")[0];
        // fixtures.sps writes the sentence below five times, separated by single spaces (409 UTF-8 bytes in all).
        const string sentence = "Dette er en lang kommentar om tjenesten i kommunen, skrevet med æøå og ÆØÅ.";
        Assert.Equal(string.Join(' ', Enumerable.Repeat(sentence, 5)), text);
        Assert.Equal(409, System.Text.Encoding.UTF8.GetByteCount(text));
    }

    [Fact]
    public void Long_variable_name_and_short_name_are_both_kept()
    {
        var f = SpssReader.Read(SpssTestFiles.PathOf("fixture.zsav"));
        var v = f.GetVariable("alder_ved_svar");
        Assert.Equal("ALDER_VE", v.ShortName);
        Assert.True(f.HasVariable("ALDER_VED_SVAR"));
    }

    [Fact]
    public void Documents_are_read()
    {
        var f = SpssReader.Read(SpssTestFiles.PathOf("fixture-uncompressed.sav"));
        Assert.Contains(f.Documents, d => d.Contains("Testfil for Analysenotater: æøå.", StringComparison.Ordinal));
    }

    private static string NormaliseMissing(string pspp) =>
        // PSPP shows string missing values padded to 8 bytes inside quotes: "Ukjent  ".
        pspp.StartsWith('"') ? "\"" + pspp.Trim('"').TrimEnd(' ') + "\"" : pspp;
}
