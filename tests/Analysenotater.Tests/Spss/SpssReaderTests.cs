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
        PsppExpectations.AssertVariables(SpssReader.Read(SpssTestFiles.PathOf(file)), File.ReadAllText(SpssTestFiles.PathOf(file + ".dictionary.csv")));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Value_labels_match_PSPP_including_user_missing_marks(string file, SpssCompression compression, string encoding)
    {
        _ = (compression, encoding);
        PsppExpectations.AssertValueLabels(SpssReader.Read(SpssTestFiles.PathOf(file)), File.ReadAllText(SpssTestFiles.PathOf(file + ".dictionary.csv")));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Data_match_pspp_convert(string file, SpssCompression compression, string encoding)
    {
        _ = (compression, encoding);
        PsppExpectations.AssertData(SpssReader.Read(SpssTestFiles.PathOf(file)), File.ReadAllText(SpssTestFiles.PathOf(file + ".data.csv")));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Multiple_response_sets_match_PSPP(string file, SpssCompression compression, string encoding)
    {
        _ = (compression, encoding);
        PsppExpectations.AssertMultipleResponseSets(SpssReader.Read(SpssTestFiles.PathOf(file)), File.ReadAllText(SpssTestFiles.PathOf(file + ".dictionary.csv")));
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
    public void User_missing_range_with_LO_is_negative_infinity()
    {
        var f = SpssReader.Read(SpssTestFiles.PathOf("fixture-compressed.sav"));
        var m = f.GetVariable("q3").MissingValues;
        Assert.Equal(double.NegativeInfinity, m.RangeLow);
        Assert.Equal(-50, m.RangeHigh);
        Assert.Equal([99.0], m.Numbers);
        Assert.True(m.IsMissing(-99));
        Assert.False(m.IsMissing(-5));
    }

    [Fact]
    public void Documents_are_read()
    {
        var f = SpssReader.Read(SpssTestFiles.PathOf("fixture-uncompressed.sav"));
        Assert.Contains(f.Documents, d => d.Contains("Testfil for Analysenotater: æøå.", StringComparison.Ordinal));
    }

    [Fact]
    public void Codebook_counts_valid_user_missing_and_system_missing_values()
    {
        var f = SpssReader.Read(SpssTestFiles.PathOf("fixture-compressed.sav"));
        var table = f.ToCodebook();
        var text = f.ToText();
        Assert.Contains("Hvor fornøyd er du med tjenesten?", text, StringComparison.Ordinal);
        // fixtures.sps: q1 = 5 4 6 9 1 . 3 with MISSING VALUES q1 (6, 9) → 4 valid, 2 user-missing, 1 system-missing.
        var q1 = table.Rows.Single(r => r[0].Text == "q1");
        Assert.Equal([4.0, 2.0, 1.0], q1.Skip(5).Select(c => c.Value).ToArray());
        Assert.Contains("<table", f.ToHtml(), StringComparison.Ordinal);
    }
}
