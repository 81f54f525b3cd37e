using System.Globalization;
using Analysenotater.Disclosure.Persistence;
using Analysenotater.Instruments;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analysenotater.Import;

/// <summary>
/// Reads survey data from an Excel .xlsx workbook (survey-tool exports): the first sheet or a named sheet, the first
/// non-empty row as header, shared and inline strings, numbers and booleans. Values and problems are handled exactly
/// as by <see cref="SurveyCsvReader"/>; rows are the sheet's own row numbers.
/// Usage: <c>var result = SurveyXlsxReader.Read("eksport.xlsx", KnownInstruments.KsPsykiskHelseRus);</c>
/// </summary>
public static class SurveyXlsxReader
{
    /// <summary>Reads a workbook file.</summary>
    /// <exception cref="SurveyImportException">Strict mode and the sheet has errors.</exception>
    /// <exception cref="ArgumentException"><see cref="ImportOptions.SheetName"/> names no sheet; the message lists the sheets.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The file is not an .xlsx workbook.</exception>
    public static ImportResult Read(string path, Instrument? instrument, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ImportResult result;
        using (var stream = File.OpenRead(path))
        {
            result = Read(stream, Path.GetFileName(path), instrument, options);
        }

        return LedgerRegistry.Attach(result, path, () => SourceIdentity.OfFile(path));
    }

    /// <summary>Reads a workbook from a stream; <paramref name="sourceName"/> names it in messages.</summary>
    /// <exception cref="SurveyImportException">Strict mode and the sheet has errors.</exception>
    /// <exception cref="ArgumentException">The named sheet does not exist.</exception>
    /// <exception cref="InvalidDataException">The stream is not an .xlsx workbook.</exception>
    public static ImportResult Read(Stream stream, string sourceName, Instrument? instrument, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            return ReadWorkbook(stream, sourceName, instrument, options);
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FileFormatException
                                   or IOException or InvalidOperationException or NullReferenceException or IndexOutOfRangeException or FormatException or OverflowException
                                   or KeyNotFoundException or NotSupportedException || (ex is InvalidDataException && !ex.Message.StartsWith(sourceName + ":", StringComparison.Ordinal)))
        {
            // A zip of garbage, a truncated or random file: whatever the package reader throws, the message names the file.
            throw new InvalidDataException($"{sourceName}: not a readable .xlsx workbook ({ex.GetType().Name}: {ex.Message}).", ex);
        }
    }

    private static ImportResult ReadWorkbook(Stream stream, string sourceName, Instrument? instrument, ImportOptions? options)
    {
        options ??= ImportOptions.Default;
        var issues = new List<ImportIssue>();
        SpreadsheetDocument doc;
        try
        {
            doc = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception ex) when (ex is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            throw new InvalidDataException($"{sourceName}: not an .xlsx workbook ({ex.Message}).", ex);
        }

        using (doc)
        {
            var wbPart = doc.WorkbookPart ?? throw new InvalidDataException($"{sourceName}: the workbook has no workbook part.");
            var sheets = wbPart.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            if (sheets.Count == 0)
            {
                throw new InvalidDataException($"{sourceName}: the workbook has no sheets.");
            }

            var sheet = options.SheetName is null
                ? sheets[0]
                : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, options.SheetName, StringComparison.OrdinalIgnoreCase))
                  ?? throw new ArgumentException($"{sourceName}: no sheet named \"{options.SheetName}\". Sheets: {string.Join(", ", sheets.Select(s => "\"" + s.Name?.Value + "\""))}.", nameof(options));
            var file = sourceName + (options.SheetName is null ? "" : $" [{sheet.Name?.Value}]");
            var wsPart = (WorksheetPart)wbPart.GetPartById(sheet.Id!.Value!);
            var shared = wbPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];

            var sheetRows = new List<(int Row, SortedDictionary<int, string> Cells)>();
            foreach (var row in wsPart.Worksheet.Descendants<Row>())
            {
                var cells = new SortedDictionary<int, string>();
                var next = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var col = cell.CellReference?.Value is { } r ? ColumnIndex(r) : next;
                    next = col + 1;
                    var text = CellText(cell, shared);
                    if (!string.IsNullOrEmpty(text))
                    {
                        cells[col] = text;
                    }
                }

                var rowNumber = row.RowIndex?.Value is { } ri ? (int)ri : sheetRows.Count + 1;
                if (cells.Count > 0)
                {
                    sheetRows.Add((rowNumber, cells));
                }
            }

            if (sheetRows.Count == 0)
            {
                issues.Add(new ImportIssue(ImportIssueKind.NoHeader, file, null, null, null, Localization.Messages.Get("Import.EmptySheet")));
                return DatasetAssembler.Assemble(file, [], [], instrument, options, issues);
            }

            var headerCells = sheetRows[0].Cells;
            var width = headerCells.Keys.Max() + 1;
            var header = Enumerable.Range(0, width).Select(i => headerCells.TryGetValue(i, out var h) ? h : "").ToList();
            var rows = new List<TabularRow>();
            foreach (var (rowNumber, cells) in sheetRows.Skip(1))
            {
                var values = new string?[width];
                foreach (var (col, text) in cells)
                {
                    if (col < width)
                    {
                        values[col] = text;
                    }
                }

                var beyond = cells.Where(kv => kv.Key >= width).ToList();
                if (beyond.Count > 0)
                {
                    issues.Add(new ImportIssue(ImportIssueKind.RaggedRow, file, rowNumber, ColumnName(beyond[0].Key), string.Join(" | ", beyond.Select(b => b.Value)),
                        Localization.Messages.Format("Import.BeyondHeader", ColumnName(width - 1))));
                }

                rows.Add(new TabularRow(rowNumber, values));
            }

            return DatasetAssembler.Assemble(file, header, rows, instrument, options, issues);
        }
    }

    private static string? CellText(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return raw is not null && int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : raw;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "1" : "0";
        }

        // Numbers are stored with an invariant decimal point ("4", "4.5"); strings as text.
        return raw;
    }

    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference)
        {
            if (!char.IsLetter(ch))
            {
                break;
            }

            n = (n * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
        }

        return n - 1;
    }

    private static string ColumnName(int index)
    {
        var s = "";
        index++;
        while (index > 0)
        {
            var m = (index - 1) % 26;
            s = (char)('A' + m) + s;
            index = (index - 1) / 26;
        }

        return s;
    }
}
