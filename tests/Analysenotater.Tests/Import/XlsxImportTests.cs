using Analysenotater.Data;
using Analysenotater.Import;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analysenotater.Tests.Import;

public sealed class XlsxImportTests : IDisposable
{
    // These tests pin the exact English messages (the English catalog, Messages.en.resx); the bokmål default is
    // pinned by Localization/NorwegianMessagesTests.
    private readonly IDisposable _english = Analysenotater.Localization.MessageLanguage.Use(Analysenotater.Localization.MessageLanguage.English);

    /// <inheritdoc />
    public void Dispose() => _english.Dispose();

    /// <summary>Writes a workbook with a decoy first sheet and the data in sheet «Svar»: header in row 1, data in rows 2–4.</summary>
    private static MemoryStream Workbook()
    {
        var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var sst = wb.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable();
            var strings = new List<string>();
            Cell S(string r, string text)
            {
                var i = strings.IndexOf(text);
                if (i < 0)
                {
                    strings.Add(text);
                    i = strings.Count - 1;
                    sst.SharedStringTable.AppendChild(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
                }

                return new Cell { CellReference = r, DataType = CellValues.SharedString, CellValue = new CellValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
            }

            static Cell N(string r, string invariantNumber) => new() { CellReference = r, CellValue = new CellValue(invariantNumber) };

            var sheets = wb.Workbook.AppendChild(new Sheets());
            void AddSheet(uint id, string name, params Row[] rows)
            {
                var ws = wb.AddNewPart<WorksheetPart>();
                ws.Worksheet = new Worksheet(new SheetData(rows));
                sheets.Append(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = id, Name = name });
            }

            AddSheet(1, "Forside", new Row(S("A1", "Eksportert fra verktøyet")) { RowIndex = 1 });
            AddSheet(2, "Svar",
                new Row(S("A1", "q9"), S("B1", "q14_1"), S("C1", "kommune"), S("D1", "vekt")) { RowIndex = 1 },
                new Row(N("A2", "5"), S("B2", "Ikke aktuelt"), S("C2", "Bodø"), N("D2", "1.25")) { RowIndex = 2 },
                new Row(S("A3", "I liten grad"), N("B3", "3"), S("C3", "Molde")) { RowIndex = 3 },
                new Row(N("A4", "8"), N("B4", "4"), S("C4", "Bodø"), N("D4", "0.5"), S("F4", "ekstra")) { RowIndex = 4 });
            wb.Workbook.Save();
        }

        ms.Position = 0;
        return ms;
    }

    [Fact]
    public void Named_sheet_is_read_with_shared_strings_numbers_labels_and_row_numbers()
    {
        var r = SurveyXlsxReader.Read(Workbook(), "eksport.xlsx", TestInstruments.Small, new ImportOptions { SheetName = "Svar" });

        // Row 4: code 8 is off the S5 scale; cell F4 lies beyond the header (A–D).
        Assert.Equal(
        [
            "eksport.xlsx [Svar], row 4, column \"F\", value \"ekstra\": the row has values beyond the last header column (D); they are not imported",
            "eksport.xlsx [Svar], row 4, column \"q9\", value \"8\": code 8 is not on scale S5 (valid codes 1–5); kept empty",
        ], r.Report.Issues.Select(i => i.Message));
        var d = r.Dataset;
        Assert.Equal(3, d.RowCount);
        Assert.Equal(5, d.Codes("q9")[0]);
        Assert.Equal(2, d.Codes("q9")[1]); // label «I liten grad» → 2
        Assert.Null(d.Codes("q9")[2]);
        Assert.Equal(6, d.Codes("q14_1")[0]); // label «Ikke aktuelt» → 6
        Assert.Equal(ResponseStatus.NotApplicable, d.StatusOf("q14_1", 0));
        Assert.Equal(1.25, d.ValidValues("vekt")[0]);
        Assert.True(double.IsNaN(d.ValidValues("vekt")[1]));
        Assert.Equal("Molde", ((TextColumn)d["kommune"])[1]);
    }

    [Fact]
    public void First_sheet_is_the_default_and_a_missing_sheet_lists_the_sheets()
    {
        var first = SurveyXlsxReader.Read(Workbook(), "eksport.xlsx", TestInstruments.Small);
        Assert.Equal(0, first.Dataset.RowCount); // the decoy sheet has only a header-like row
        var ex = Assert.Throws<ArgumentException>(() => SurveyXlsxReader.Read(Workbook(), "eksport.xlsx", TestInstruments.Small, new ImportOptions { SheetName = "Data" }));
        Assert.StartsWith("eksport.xlsx: no sheet named \"Data\". Sheets: \"Forside\", \"Svar\".", ex.Message);
    }

    [Fact]
    public void Strict_mode_throws_with_the_report_message()
    {
        var ex = Assert.Throws<SurveyImportException>(() => SurveyXlsxReader.Read(Workbook(), "eksport.xlsx", TestInstruments.Small, new ImportOptions { SheetName = "Svar", Strict = true }));
        Assert.Equal(2, ex.Issues.Count);
        Assert.Contains("row 4, column \"q9\", value \"8\"", ex.Message);
    }
}
