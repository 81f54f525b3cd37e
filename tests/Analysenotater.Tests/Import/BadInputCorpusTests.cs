using System.IO.Compression;
using System.Text;
using Analysenotater.Data;
using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Spss;

namespace Analysenotater.Tests.Import;

/// <summary>
/// A bad-input corpus generated here, seeded (no file is edited by hand): every file is written by code, read through
/// the real readers (the general CSV reader, the streaming reader from a path, the xlsx and SPSS readers), and the
/// expected message — file, row, column and value — is written by hand from the case. Legal files give warnings,
/// never errors, and nothing is lost (row counts are asserted).
/// </summary>
public sealed class BadInputCorpusTests : IDisposable
{
    // These tests pin the exact English messages (the English catalog, Messages.en.resx); the bokmål default is
    // pinned by Localization/NorwegianMessagesTests.
    private static readonly Instrument Ins = new("korpus", "1", "Korpus", "tests",
        [TestInstruments.S5, TestInstruments.S5NA],
        [
            new Item("q9", "9", "Alt i alt …", ItemType.SingleChoice, "S5"),
            new Item("q14_1", "14", "…å skaffe bolig", ItemType.SingleChoice, "S5NA"),
            new Item("q34", "34", "Alder første gang", ItemType.Numeric),
            new Item("fodt", "2", "Fødselsår", ItemType.Year),
            new Item("open_bra", "", "Hva fungerer bra?", ItemType.OpenText),
        ]);

    private readonly string _dir = Directory.CreateTempSubdirectory("analysenotater-corpus-").FullName;

    private readonly IDisposable _english = Analysenotater.Localization.MessageLanguage.Use(Analysenotater.Localization.MessageLanguage.English);

    public void Dispose()
    {
        _english.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string WriteText(string name, string text, Encoding? encoding = null) => Write(name, (encoding ?? new UTF8Encoding(false)).GetBytes(text));

    /// <summary>Reads the file through both CSV paths (streaming from the path, general from a stream) and checks they agree.</summary>
    private ImportResult Both(string path)
    {
        var streamed = StreamingCsvReader.Read(path, Ins);
        var general = SurveyCsvReader.Read(path, Ins);
        Assert.Equal(general.Report.Issues.Select(i => i.Message), streamed.Report.Issues.Select(i => i.Message));
        Assert.Equal(general.Dataset.RowCount, streamed.Dataset.RowCount);
        return general;
    }

    private static string Rows(int n, Func<int, string> row) => string.Concat(Enumerable.Range(1, n).Select(i => row(i) + "\n"));

    [Fact]
    public void Unterminated_quote_is_reported_where_it_starts_and_swallows_no_rows()
    {
        var rng = new Random(21);
        var body = Rows(59, i => i == 3 ? "4;2;33;1980;\"Bra men" : $"{rng.Next(1, 6)};{rng.Next(1, 7)};{rng.Next(18, 90)};{rng.Next(1930, 2005)};ok {i}");
        var path = WriteText("sitat.csv", "q9;q14_1;q34;fodt;open_bra\n" + body);

        var r = Both(path);

        Assert.Equal(59, r.Dataset.RowCount); // not 3
        var issue = Assert.Single(r.Report.OfKind(ImportIssueKind.UnterminatedQuote));
        Assert.Equal("sitat.csv, row 4, value \"4;2;33;1980;\"Bra men\": the quote that opens a field on line 4 is never closed; it was read as a plain character, so the lines after it stay separate rows", issue.Message);
        Assert.Equal("\"Bra men", ((TextColumn)r.Dataset["open_bra"])[2]);
        Assert.Equal("ok 59", ((TextColumn)r.Dataset["open_bra"])[58]);
        Assert.True(r.Report.HasErrors);
    }

    [Fact]
    public void Quoted_newlines_and_doubled_quotes_are_legal_and_clean()
    {
        var path = WriteText("linjeskift.csv", "q9;open_bra\n3;\"første linje\nandre; med \"\"sitat\"\"\"\n4;enkel\n");
        var r = Both(path);
        Assert.True(r.Report.IsClean, r.Report.ToText());
        Assert.Equal(2, r.Dataset.RowCount);
        Assert.Equal("første linje\nandre; med \"sitat\"", ((TextColumn)r.Dataset["open_bra"])[0]);
    }

    [Theory]
    [InlineData("NaN", "not a number: NaN and infinity are not numbers a survey can hold")]
    [InlineData("Infinity", "not a number: NaN and infinity are not numbers a survey can hold")]
    [InlineData("-Infinity", "not a number: NaN and infinity are not numbers a survey can hold")]
    [InlineData("∞", "not a number: NaN and infinity are not numbers a survey can hold")]
    [InlineData("1e309", "not a number: is too large for a number (it overflows to infinity)")]
    [InlineData("-1e309", "not a number: is too large for a number (it overflows to infinity)")]
    [InlineData("4\u00005", "not a number: contains the control character U+0000")]
    [InlineData("4\u0007", "not a number: contains the control character U+0007")]
    public void Special_floats_and_control_characters_are_refused_in_a_numeric_item(string value, string detail)
    {
        var path = WriteText("tall.csv", $"q34;q9\n40;1\n{value};2\n");
        var r = Both(path);

        var issue = Assert.Single(r.Report.Issues);
        Assert.Equal($"tall.csv, row 3, column \"q34\", value \"{value}\": {detail} (a number is expected for item 'q34'); kept empty", issue.Message);
        Assert.True(double.IsNaN(r.Dataset.ValidValues("q34")[1]));
        Assert.Equal(2, r.Dataset.RowCount);
    }

    [Fact]
    public void Control_character_in_a_code_is_refused_not_read_as_the_code()
    {
        var path = WriteText("kode.csv", "q9\n3\u0000\n2\n");
        var r = Both(path);
        var issue = Assert.Single(r.Report.Issues);
        Assert.Equal("kode.csv, row 2, column \"q9\", value \"3\u0000\": not a code: contains the control character U+0000 (scale S5: valid codes 1–5); kept empty", issue.Message);
        Assert.Null(r.Dataset.Codes("q9")[0]);
        Assert.Equal(2, r.Dataset.Codes("q9")[1]);
    }

    [Theory]
    [InlineData("1e3")]
    [InlineData("1.98e3")]
    [InlineData("1980.0")]
    public void A_year_is_written_with_digits_only(string value)
    {
        var path = WriteText("aar.csv", $"fodt\n1980\n{value}\n");
        var r = Both(path);
        Assert.Equal($"aar.csv, row 3, column \"fodt\", value \"{value}\": not a number: a year is written with digits only (a year is expected for item 'fodt'); kept empty", Assert.Single(r.Report.Issues).Message);
        Assert.Equal(1980, r.Dataset.ValidValues("fodt")[0]);
        Assert.True(double.IsNaN(r.Dataset.ValidValues("fodt")[1]));
    }

    public static TheoryData<string, string, bool> WideEncodings => new()
    {
        { "utf-16LE", "UTF-16 LE", true }, { "utf-16LE", "UTF-16 LE", false },
        { "utf-16BE", "UTF-16 BE", true }, { "utf-16BE", "UTF-16 BE", false },
        { "utf-32LE", "UTF-32 LE", true }, { "utf-32LE", "UTF-32 LE", false },
        { "utf-32BE", "UTF-32 BE", true }, { "utf-32BE", "UTF-32 BE", false },
    };

    [Theory]
    [MemberData(nameof(WideEncodings))]
    public void Utf16_and_utf32_are_detected_read_and_named(string encodingName, string named, bool bom)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var text = "q9;open_bra\n4;Blåbærsyltetøy og æøå\n5;Ærlig talt\n";
        var bytes = (bom ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(text)).ToArray();
        var path = Write("bred.csv", bytes);

        var r = Both(path);

        var warning = Assert.Single(r.Report.Issues);
        Assert.False(warning.IsError);
        Assert.Equal($"bred.csv: the file is {named} ({(bom ? "byte order mark" : "detected from its zero bytes")}); it was read as {named}", warning.Message);
        Assert.Equal("Blåbærsyltetøy og æøå", ((TextColumn)r.Dataset["open_bra"])[0]);
        Assert.Equal([4, 5], r.Dataset.ValidValues("q9"));
    }

    [Fact]
    public void Utf8_bom_is_legal_and_clean()
    {
        var path = Write("bom.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("q9;open_bra\n4;Godt\n")]);
        var r = Both(path);
        Assert.True(r.Report.IsClean, r.Report.ToText());
        Assert.Equal([4], r.Dataset.ValidValues("q9"));
    }

    [Fact]
    public void Windows_1252_is_detected_and_named()
    {
        var path = Write("ansi.csv", SurveyCsvReader.Windows1252.GetBytes("q9;open_bra\n4;Blåbær\n"));
        var r = Both(path);
        var warning = Assert.Single(r.Report.Issues);
        Assert.Equal("ansi.csv, row 2: the file is not valid UTF-8 (byte 0xE5 at offset 16); it was read as Windows-1252", warning.Message);
        Assert.Equal("Blåbær", ((TextColumn)r.Dataset["open_bra"])[0]);
    }

    [Theory]
    [InlineData('|', "'|'")]
    [InlineData(':', "':'")]
    [InlineData('^', "'^'")]
    [InlineData('#', "'#'")] // not a separator Sep takes: read through a stand-in character
    public void A_file_that_reads_as_one_column_suggests_its_delimiter(char delimiter, string named)
    {
        var path = WriteText("pipe.csv", $"q9{delimiter}q14_1{delimiter}q34\n4{delimiter}2{delimiter}40\n");
        var r = Both(path);
        var issue = r.Report.OfKind(ImportIssueKind.WrongDelimiter).Single();
        Assert.Equal($"pipe.csv, row 1, value \"q9{delimiter}q14_1{delimiter}q34\": the file reads as a single column: none of semicolon, comma or tab appears in the header, but {named} does; the file is probably {named}-separated (set ImportOptions.Delimiter to '{delimiter}')", issue.Message);

        var reread = SurveyCsvReader.Read(path, Ins, new ImportOptions { Delimiter = delimiter });
        Assert.True(reread.Report.IsClean, reread.Report.ToText());
        Assert.Equal([4], reread.Dataset.ValidValues("q9"));
    }

    [Fact]
    public void Ragged_rows_name_their_row_and_keep_the_respondent()
    {
        var path = WriteText("ujevn.csv", "q9;q14_1;q34\n4;2;40\n5;1\n3;2;30;ekstra;mer\n");
        var r = Both(path);
        Assert.Equal(
            [
                "ujevn.csv, row 3: the row has 2 cells but the header has 3; the missing cells are empty",
                "ujevn.csv, row 4, value \"ekstra;mer\": the row has 5 cells but the header has 3; the extra cells (shown as the value) are not imported",
            ],
            r.Report.OfKind(ImportIssueKind.RaggedRow).Select(i => i.Message));
        Assert.Equal(3, r.Dataset.RowCount);
    }

    [Fact]
    public void Duplicate_header_is_an_error_naming_the_column()
    {
        var path = WriteText("dobbel.csv", "q9;q34;q9\n4;40;5\n");
        var r = Both(path);
        var issue = Assert.Single(r.Report.OfKind(ImportIssueKind.DuplicateColumn));
        Assert.Equal("q9", issue.Column);
        Assert.True(issue.IsError);
        Assert.Equal([4], r.Dataset.ValidValues("q9"));
    }

    [Fact]
    public void Empty_file_is_named_and_header_only_file_is_clean_with_no_rows()
    {
        var empty = SurveyCsvReader.Read(WriteText("tom.csv", ""), Ins);
        Assert.Equal("tom.csv: the file is empty; a header row with item ids is expected", Assert.Single(empty.Report.Issues).Message);

        var headerOnly = Both(WriteText("hode.csv", "q9;q14_1\n"));
        Assert.True(headerOnly.Report.IsClean, headerOnly.Report.ToText());
        Assert.Equal(0, headerOnly.Dataset.RowCount);
    }

    [Fact]
    public void Huge_cell_is_read_whole()
    {
        var rng = new Random(7);
        var huge = new string([.. Enumerable.Range(0, 2_000_000).Select(_ => (char)rng.Next('a', 'z' + 1))]);
        var r = Both(WriteText("stor.csv", $"q9;open_bra\n4;{huge}\n5;\"{huge}\"\n"));
        Assert.True(r.Report.IsClean, r.Report.ToText());
        Assert.Equal(huge, ((TextColumn)r.Dataset["open_bra"])[0]);
        Assert.Equal(huge, ((TextColumn)r.Dataset["open_bra"])[1]);
    }

    [Fact]
    public void Out_of_range_codes_name_row_column_value_and_scale()
    {
        var r = Both(WriteText("utenfor.csv", "q9;q14_1\n0;7\n-1;6\n"));
        Assert.Equal(
            [
                "utenfor.csv, row 2, column \"q9\", value \"0\": code 0 is not on scale S5 (valid codes 1–5); kept empty",
                "utenfor.csv, row 3, column \"q9\", value \"-1\": code -1 is not on scale S5 (valid codes 1–5); kept empty",
                "utenfor.csv, row 2, column \"q14_1\", value \"7\": code 7 is not on scale S5NA (valid codes 1–5; missing codes 6 = Ikke aktuelt); kept empty",
            ],
            r.Report.Issues.Select(i => i.Message));
    }

    public static TheoryData<string> CorruptWorkbooks => ["zip-of-garbage", "truncated", "random-bytes", "empty"];

    [Theory]
    [MemberData(nameof(CorruptWorkbooks))]
    public void Corrupt_xlsx_gives_an_error_naming_the_file(string kind)
    {
        var path = Path.Combine(_dir, kind + ".xlsx");
        var rng = new Random(kind.Length);
        switch (kind)
        {
            case "zip-of-garbage":
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                {
                    foreach (var part in new[] { "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml" })
                    {
                        using var writer = new StreamWriter(zip.CreateEntry(part).Open());
                        writer.Write("<<< ikke xml " + rng.Next());
                    }
                }

                break;
            case "truncated":
                var good = Path.Combine(_dir, "god.xlsx");
                XlsxFixture(good);
                var bytes = File.ReadAllBytes(good);
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case "random-bytes":
                var random = new byte[4096];
                rng.NextBytes(random);
                File.WriteAllBytes(path, random);
                break;
            default:
                File.WriteAllBytes(path, []);
                break;
        }

        var ex = Assert.Throws<InvalidDataException>(() => SurveyXlsxReader.Read(path, Ins));
        Assert.StartsWith(kind + ".xlsx: not a", ex.Message, StringComparison.Ordinal);
    }

    private static void XlsxFixture(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Part(string name, string xml)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(xml);
        }

        Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Part("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        var rows = string.Concat(Enumerable.Range(1, 200).Select(i => $"""<row r="{i + 1}"><c r="A{i + 1}"><v>{(i % 5) + 1}</v></c></row>"""));
        Part("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>q9</t></is></c></row>{rows}</sheetData></worksheet>""");
    }

    [Fact]
    public void The_generated_xlsx_fixture_itself_reads_cleanly()
    {
        var path = Path.Combine(_dir, "god.xlsx");
        XlsxFixture(path);
        var r = SurveyXlsxReader.Read(path, Ins);
        Assert.True(r.Report.IsClean, r.Report.ToText());
        Assert.Equal(200, r.Dataset.RowCount);
    }

    private string SavFixture(string name)
    {
        var data = new SurveyDataset(Ins, [CodeColumn.FromNullable("q9", [1, 2, 3, 4, 5, null]), new NumericColumn("q34", [20, 30, 40, 50, 60, double.NaN])]);
        var path = Path.Combine(_dir, name);
        SpssExport.Write(data, path, new SpssWriteOptions { CreationTime = new DateTime(2024, 1, 1) });
        return path;
    }

    [Fact]
    public void Sav_header_claiming_zero_variable_positions_is_a_warning_and_strict_mode_reads_it()
    {
        var path = SavFixture("iris-kvirk.sav");
        var bytes = File.ReadAllBytes(path);
        BitConverter.GetBytes(0).CopyTo(bytes, 68); // nominal_case_size, as haven's iris.sav has it
        File.WriteAllBytes(path, bytes);

        var r = SpssImport.Read(path, Ins, new ImportOptions { Strict = true });

        var note = Assert.Single(r.Report.Issues);
        Assert.Equal(ImportIssueKind.FormatNote, note.Kind);
        Assert.False(note.IsError);
        Assert.Contains("claims 0 variable positions", note.Message, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3, 4, 5], r.Dataset.ValidValues("q9").Where(v => !double.IsNaN(v)));
    }

    [Theory]
    [InlineData("sav", 0.5)]
    [InlineData("zsav", 0.5)]
    [InlineData("sav", 0.1)]
    [InlineData("zsav", 0.9)]
    public void Truncated_sav_and_zsav_give_an_error_naming_the_file(string extension, double keep)
    {
        var path = SavFixture("kort." + extension);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * keep)]);
        var ex = Assert.Throws<SpssFormatException>(() => SpssImport.Read(path, Ins));
        Assert.Contains("kort." + extension, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sav")]
    [InlineData("zsav")]
    public void Random_bytes_as_sav_give_an_error_naming_the_file(string extension)
    {
        var random = new byte[8192];
        new Random(3).NextBytes(random);
        var path = Write("tilfeldig." + extension, random);
        var ex = Assert.Throws<SpssFormatException>(() => SpssImport.Read(path, Ins));
        Assert.Contains("tilfeldig." + extension, ex.Message, StringComparison.Ordinal);
    }
}
