using System.Text;
using Analysenotater.Data;
using Analysenotater.Import;
using Analysenotater.Instruments;

namespace Analysenotater.Tests.Import;

public sealed class CsvImportTests : IDisposable
{
    // These tests pin the exact English messages (the English catalog, Messages.en.resx); the bokmål default is
    // pinned by Localization/NorwegianMessagesTests.
    private readonly IDisposable _english = Analysenotater.Localization.MessageLanguage.Use(Analysenotater.Localization.MessageLanguage.English);

    /// <inheritdoc />
    public void Dispose() => _english.Dispose();

    private static readonly Instrument Ins = TestInstruments.Small;

    private static ImportResult Csv(string text, ImportOptions? options = null, Encoding? encoding = null) =>
        SurveyCsvReader.Read(new MemoryStream((encoding ?? new UTF8Encoding(false)).GetBytes(text)), "svar.csv", Ins, options);

    [Fact]
    public void Semicolon_file_with_decimal_comma_is_detected_and_read_without_issues()
    {
        var r = Csv("q9;q14_1;q34;kommune;kommunestorrelse;kjonn;alder;vekt;open_bra\n5;6;14;Trondheim;3;1;42;1,5;Bra hjelp\n2;;15,5;Røros;1;2;30;0,75;\n");

        Assert.True(r.Report.IsClean, r.Report.ToText());
        var d = r.Dataset;
        Assert.Equal(2, d.RowCount);
        Assert.Equal([5, 2], d.ValidValues("q9"));
        Assert.Equal(ResponseStatus.NotApplicable, d.StatusOf("q14_1", 0)); // 6 = Ikke aktuelt kept as code
        Assert.Equal(6, d.Codes("q14_1")[0]);
        Assert.Equal(ResponseStatus.NoAnswer, d.StatusOf("q14_1", 1));
        Assert.Equal([14, 15.5], d.ValidValues("q34"));
        Assert.Equal([1.5, 0.75], d.ValidValues("vekt"));
        Assert.IsType<TextColumn>(d["kommune"]);
        Assert.Equal("Røros", ((TextColumn)d["kommune"])[1]);
        Assert.IsType<NumericColumn>(d["kommunestorrelse"]);
        Assert.Equal("Bra hjelp", ((TextColumn)d["open_bra"])[0]);
        Assert.Null(((TextColumn)d["open_bra"])[1]);
    }

    [Fact]
    public void Comma_file_with_quoted_fields_and_crlf_is_detected()
    {
        var r = Csv("q9,open_bra,vekt\r\n4,\"Bra, og \"\"trygt\"\"\",\"1,25\"\r\n");
        Assert.True(r.Report.IsClean, r.Report.ToText());
        Assert.Equal("Bra, og \"trygt\"", ((TextColumn)r.Dataset["open_bra"])[0]);
        Assert.Equal([1.25], r.Dataset.ValidValues("vekt"));
    }

    [Fact]
    public void Wrong_delimiter_is_reported_with_the_exact_message()
    {
        var r = Csv("q9;q14_1;kommune\n5;6;Trondheim\n", new ImportOptions { Delimiter = ',' });

        var issue = r.Report.OfKind(ImportIssueKind.WrongDelimiter).Single();
        Assert.Equal("svar.csv, row 1, value \"q9;q14_1;kommune\": the delimiter comma does not split the header into columns, but semicolon does; the file is probably semicolon-separated (set ImportOptions.Delimiter to ';' or leave it unset to detect)", issue.Message);
        Assert.True(r.Report.HasErrors);
    }

    [Fact]
    public void Unknown_code_is_reported_kept_empty_and_strict_mode_throws_the_same_message()
    {
        const string text = "q9;q14_1\n5;1\n7;2\n";
        var r = Csv(text);

        const string expected = "svar.csv, row 3, column \"q9\", value \"7\": code 7 is not on scale S5 (valid codes 1–5); kept empty";
        Assert.Equal(expected, Assert.Single(r.Report.Issues).Message);
        Assert.Null(r.Dataset.Codes("q9")[1]); // kept as no answer, never coerced
        Assert.Equal(2, r.Dataset.RowCount); // the respondent is not dropped
        Assert.Equal(2, r.Dataset.Codes("q14_1")[1]);

        var ex = Assert.Throws<SurveyImportException>(() => Csv(text, new ImportOptions { Strict = true }));
        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void Code_on_an_s5na_scale_outside_the_scale_names_the_missing_codes()
    {
        var r = Csv("q14_1\n9\n");
        Assert.Equal("svar.csv, row 2, column \"q14_1\", value \"9\": code 9 is not on scale S5NA (valid codes 1–5; missing codes 6 = Ikke aktuelt); kept empty", Assert.Single(r.Report.Issues).Message);
    }

    [Fact]
    public void Text_in_a_numeric_column_is_reported_with_the_exact_message()
    {
        var r = Csv("q34;alder\ntjue;førti\n17;33\n");

        Assert.Equal(
        [
            "svar.csv, row 2, column \"q34\", value \"tjue\": not a number (a number is expected for item 'q34'); kept empty",
            "svar.csv, row 2, column \"alder\", value \"førti\": not a number (respondent column \"alder\" is numeric); kept empty",
        ], r.Report.Issues.Select(i => i.Message));
        Assert.True(double.IsNaN(r.Dataset.ValidValues("q34")[0]));
        Assert.Equal(17, r.Dataset.ValidValues("q34")[1]);
        Assert.Equal(33, r.Dataset.ValidValues("alder")[1]);
    }

    [Fact]
    public void Decimal_in_a_code_column_is_not_rounded()
    {
        var r = Csv("q9;q14_1\n4,5;1\n");
        Assert.Equal("svar.csv, row 2, column \"q9\", value \"4,5\": not an integer code of scale S5 (valid codes 1–5); kept empty", Assert.Single(r.Report.Issues).Message);
    }

    [Fact]
    public void Labels_are_mapped_to_codes()
    {
        var r = Csv("q9;q14_1;q12_1\nI stor grad;ikke aktuelt;Ja\n  I SVÆRT STOR GRAD ;I noen grad;Nei\n");

        Assert.True(r.Report.IsClean, r.Report.ToText());
        Assert.Equal([4, 5], r.Dataset.ValidValues("q9"));
        Assert.Equal(6, r.Dataset.Codes("q14_1")[0]);
        Assert.Equal(3, r.Dataset.Codes("q14_1")[1]);
        Assert.Equal([1, 0], r.Dataset.ValidValues("q12_1"));
    }

    [Fact]
    public void Unknown_label_is_reported_and_labels_can_be_refused()
    {
        var r = Csv("q9\nI kjempestor grad\n");
        Assert.Equal("svar.csv, row 2, column \"q9\", value \"I kjempestor grad\": not a code or label of scale S5 (valid codes 1–5); kept empty", Assert.Single(r.Report.Issues).Message);

        var codesOnly = Csv("q9\nI stor grad\n", new ImportOptions { AcceptLabels = false });
        Assert.Equal("svar.csv, row 2, column \"q9\", value \"I stor grad\": not a code of scale S5 (valid codes 1–5); kept empty", Assert.Single(codesOnly.Report.Issues).Message);
    }

    [Fact]
    public void Windows_1252_file_is_detected_and_reported_when_the_encoding_is_not_given()
    {
        var bytes = SurveyCsvReader.Windows1252.GetBytes("q9;kommune\nI svært stor grad;Bærum\n");
        var offset = Array.IndexOf(bytes, (byte)0xE6); // 'æ' in Windows-1252 is the single byte 0xE6, invalid as UTF-8 here

        var r = SurveyCsvReader.Read(new MemoryStream(bytes), "svar.csv", Ins);

        Assert.Equal($"svar.csv, row 2: the file is not valid UTF-8 (byte 0xE6 at offset {offset}); it was read as Windows-1252", Assert.Single(r.Report.Issues).Message);
        Assert.False(r.Report.HasErrors); // a detected encoding is a warning
        Assert.Equal(5, r.Dataset.Codes("q9")[0]);
        Assert.Equal("Bærum", ((TextColumn)r.Dataset["kommune"])[0]);
    }

    [Fact]
    public void Windows_1252_file_read_as_utf8_reports_every_damaged_cell()
    {
        var bytes = SurveyCsvReader.Windows1252.GetBytes("q9;kommune\nI svært stor grad;Bærum\n");

        var r = SurveyCsvReader.Read(new MemoryStream(bytes), "svar.csv", Ins, new ImportOptions { Encoding = Encoding.UTF8 });

        const string why = "contains bytes that are not valid in the file's encoding (shown as \uFFFD); the file is probably Windows-1252, not UTF-8 — leave ImportOptions.Encoding unset to detect it; kept empty";
        Assert.Equal(
        [
            "svar.csv, row 2, column \"q9\", value \"I sv\uFFFDrt stor grad\": " + why,
            "svar.csv, row 2, column \"kommune\", value \"B\uFFFDrum\": " + why,
        ], r.Report.Issues.Select(i => i.Message));
        Assert.Null(r.Dataset.Codes("q9")[0]);
    }

    [Fact]
    public void Utf8_with_bom_reads_the_first_header_as_an_item()
    {
        var bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes("q9;kommune\n3;Bodø\n")).ToArray();
        var r = SurveyCsvReader.Read(new MemoryStream(bytes), "svar.csv", Ins);
        Assert.True(r.Report.IsClean, r.Report.ToText());
        Assert.Equal(3, r.Dataset.Codes("q9")[0]);
        Assert.Equal("Bodø", ((TextColumn)r.Dataset["kommune"])[0]);
    }

    [Fact]
    public void Unknown_columns_and_ragged_rows_are_reported()
    {
        var r = Csv("q9;q99;løpenr\n1;2;3\n4;5\n2;3;4;5\n", new ImportOptions { ExpectedExtraColumns = ["løpenr"] });

        Assert.Equal(
        [
            "svar.csv, row 3: the row has 2 cells but the header has 3; the missing cells are empty",
            "svar.csv, row 4, value \"5\": the row has 4 cells but the header has 3; the extra cells (shown as the value) are not imported",
            "svar.csv, row 1, column \"q99\": not an item of instrument 'liten' nor a respondent column (alder, kjonn, kommune, kommunestorrelse, vekt); imported as a respondent variable by content (text or numbers)",
        ], r.Report.Issues.Select(i => i.Message));
        Assert.Equal(3, r.Dataset.RowCount);
        Assert.Equal([2, 5, 3], r.Dataset.ValidValues("q99"));
    }

    [Fact]
    public void Header_matches_item_ids_case_insensitively_and_through_a_column_map()
    {
        var r = Csv("Q9;Spm14\n5;2\n", new ImportOptions { ColumnMap = new Dictionary<string, string> { ["Spm14"] = "q14_1" } });
        Assert.True(r.Report.IsClean, r.Report.ToText());
        Assert.Equal(5, r.Dataset.Codes("q9")[0]);
        Assert.Equal(2, r.Dataset.Codes("q14_1")[0]);
    }

    [Fact]
    public void Reads_from_disk_and_names_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"svar-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "q9\n8\n");
        try
        {
            var r = SurveyCsvReader.Read(path, Ins);
            Assert.StartsWith(Path.GetFileName(path) + ", row 2, column \"q9\"", Assert.Single(r.Report.Issues).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Utf8_file_read_as_windows_1252_on_request_is_warned_about()
    {
        var bytes = Encoding.UTF8.GetBytes("q9;kommune\n5;Bærum\n");
        var r = SurveyCsvReader.Read(new MemoryStream(bytes), "svar.csv", Ins, new ImportOptions { Encoding = SurveyCsvReader.Windows1252 });

        Assert.Equal("svar.csv: the file is valid UTF-8 with non-ASCII characters but was read as windows-1252 as asked; letters like æ, ø, å may be garbled (for example \"Ã¸\") — leave ImportOptions.Encoding unset to detect UTF-8", Assert.Single(r.Report.Issues).Message);
        Assert.Equal("BÃ¦rum", ((TextColumn)r.Dataset["kommune"])[0]); // read as asked, and said so
    }

    [Fact]
    public void Duplicate_header_is_reported_and_the_later_copy_not_imported()
    {
        var r = Csv("q9;q9\n5;1\n");
        Assert.Equal("svar.csv, row 1, column \"q9\": column \"q9\" appears more than once; this later copy (column 2) is not imported", Assert.Single(r.Report.Issues).Message);
        Assert.Equal(5, r.Dataset.Codes("q9")[0]);
    }
}
