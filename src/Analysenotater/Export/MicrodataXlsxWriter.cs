using System.IO.Compression;
using Analysenotater.Data;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analysenotater.Export;

/// <summary>
/// Writes microdata — a <see cref="SurveyDataset"/>, one row per respondent, no disclosure control; for conversion
/// and internal work only, never on the report path — as an Excel workbook (.xlsx) with one sheet «data»: a header row with the
/// column names, answer codes and numbers as numeric cells, text as inline strings, missing values as absent cells.
/// The package is built with DocumentFormat.OpenXml and then re-packed with fixed entry order, fixed timestamps
/// (1980-01-01) and no compression, so the same data gives the same bytes on every machine.
/// </summary>
public static class MicrodataXlsxWriter
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The workbook as bytes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static byte[] ToBytes(SurveyDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var raw = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(raw, SpreadsheetDocumentType.Workbook))
        {
            var wbPart = doc.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            wbPart.Workbook = new Workbook();
            var wsPart = wbPart.AddNewPart<WorksheetPart>("rId1");
            var data = new SheetData();
            var header = new Row { RowIndex = 1U };
            for (var c = 0; c < dataset.Columns.Count; c++)
            {
                header.Append(TextCell(c, 1, dataset.Columns[c].Name));
            }

            data.Append(header);
            for (var r = 0; r < dataset.RowCount; r++)
            {
                var rowIndex = (uint)(r + 2);
                var row = new Row { RowIndex = rowIndex };
                for (var c = 0; c < dataset.Columns.Count; c++)
                {
                    var col = dataset.Columns[c];
                    if (col.IsEmpty(r))
                    {
                        continue;
                    }

                    var v = col.FormatInvariant(r);
                    row.Append(col.Kind == ColumnKind.Text
                        ? TextCell(c, rowIndex, v)
                        : new Cell { CellReference = Ref(c, rowIndex), CellValue = new CellValue(v), DataType = CellValues.Number });
                }

                data.Append(row);
            }

            wsPart.Worksheet = new Worksheet(data);
            wbPart.Workbook.Append(new Sheets(new Sheet { Id = "rId1", SheetId = 1U, Name = "data" }));
        }

        return Repack(raw.ToArray());
    }

    /// <summary>Writes the workbook to <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Write(SurveyDataset dataset, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllBytes(path, ToBytes(dataset));
    }

    private static Cell TextCell(int column, uint row, string text) =>
        new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = Ref(column, row),
            DataType = CellValues.InlineString,
        };

    private static string Ref(int column, uint row)
    {
        var name = "";
        var c = column + 1;
        while (c > 0)
        {
            var m = (c - 1) % 26;
            name = (char)('A' + m) + name;
            c = (c - 1) / 26;
        }

        return name + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Repack(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.NoCompression);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
