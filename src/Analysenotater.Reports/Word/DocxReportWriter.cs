using System.Globalization;
using Analysenotater.Reports.Content;
using Analysenotater.Reports.Html;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Analysenotater.Reports.Word;

/// <summary>
/// Writes a <see cref="ReportContent"/> as a Word document (.docx, DocumentFormat.OpenXml): the title block, headings
/// with Word's heading styles, prose, printed text, real Word tables (header rows repeat on each page, group headers
/// span their columns, wide tables in a landscape section), notes under their first table, figures as PNG images
/// (rendered beforehand, see <see cref="Chromium.HeadlessChromium.RenderFigurePngAsync"/>), appendices at the end.
/// A4 pages, 15 mm margins.
/// </summary>
public static class DocxReportWriter
{
    private const int A4Width = 11906;
    private const int A4Height = 16838;
    private const int Margin = 850;

    /// <summary>Writes the document to <paramref name="path"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="figurePngs">PNG per figure number; a figure without an image is written as its caption and a note.</param>
    /// <param name="path">The .docx to write (overwritten).</param>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public static void Write(ReportContent report, IReadOnlyDictionary<int, byte[]> figurePngs, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(figurePngs);
        ArgumentNullException.ThrowIfNull(path);
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.Document = new Document(new Body());
        AddStyles(main);
        var body = main.Document.Body!;
        var m = report.Metadata;
        body.Append(Para(m.Title, "Title"));
        foreach (var (term, value) in new[]
                 {
                     (ReportTexts.Get("DataSource"), m.DataSource), (ReportTexts.Get("Instrument"), m.Instrument),
                     (ReportTexts.Get("Date"), (string?)m.Date), (ReportTexts.Get("Disclosure"), (string?)m.Disclosure),
                 })
        {
            var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Meta" }));
            p.Append(new Run(new RunProperties(new Bold()), new WText(term + ": ") { Space = SpaceProcessingModeValues.Preserve }), new Run(new WText(value ?? ReportTexts.Get("NotGiven"))));
            body.Append(p);
        }

        var printedNotes = new HashSet<int>();
        var imageId = 0u;
        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    body.Append(Para(h.Text, "Heading" + Math.Clamp(h.Level - 1, 1, 3).ToString(CultureInfo.InvariantCulture)));
                    break;
                case ProseBlock p when p.IsList:
                    foreach (var line in p.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    {
                        body.Append(Para("• " + line.Trim(), "Normal"));
                    }

                    break;
                case ProseBlock p:
                    body.Append(Para(p.Text, "Normal"));
                    break;
                case PrintedTextBlock t:
                    foreach (var line in t.Text.Split('\n'))
                    {
                        body.Append(Para(line, "Printed"));
                    }

                    break;
                case FigureBlock f:
                    body.Append(Para(ReportHtmlWriter.Label("Figure", f.Number, f.Title), "Caption"));
                    if (figurePngs.TryGetValue(f.Number, out var png))
                    {
                        body.Append(new Paragraph(new Run(Image(main, png, ++imageId, f.Title))));
                    }
                    else
                    {
                        body.Append(Para(ReportTexts.Get("FigureMissing"), "Note"));
                    }

                    break;
                case TableBlock t when t.AppendixLetter is not null:
                    body.Append(Para(ReportTexts.Format("CollapsedList", ReportHtmlWriter.Label("Table", t.Number, t.Caption), t.Rows.Count, t.AppendixLetter), "Note"));
                    break;
                case TableBlock t:
                    AppendTable(body, t, report, printedNotes);
                    break;
            }
        }

        foreach (var t in report.Appendices)
        {
            var heading = Para(ReportTexts.Format("AppendixTitle", t.AppendixLetter, t.Caption.Length > 0 ? t.Caption : ReportTexts.Get("Table") + " " + t.Number.ToString(CultureInfo.InvariantCulture)), "Heading1");
            heading.ParagraphProperties!.Append(new PageBreakBefore());
            body.Append(heading);
            AppendTable(body, t, report, printedNotes);
        }

        body.Append(Section(landscape: false));
        main.Document.Save();
    }

    private static void AppendTable(Body body, TableBlock t, ReportContent report, HashSet<int> printedNotes)
    {
        if (t.Wide)
        {
            // End the portrait section before the table; the table's own section is landscape.
            body.Append(new Paragraph(new ParagraphProperties(Section(landscape: false))));
        }

        body.Append(Para(ReportHtmlWriter.Label("Table", t.Number, t.Caption), "Caption"));
        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLayout { Type = t.Wide ? TableLayoutValues.Fixed : TableLayoutValues.Autofit },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "A0A7B0" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "A0A7B0" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "A0A7B0" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "A0A7B0" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "C9CED6" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "C9CED6" })));
        var columns = t.ColumnCount;
        var usable = (t.Wide ? A4Height : A4Width) - (2 * Margin);
        var grid = new TableGrid();
        for (var i = 0; i < columns; i++)
        {
            grid.Append(new GridColumn { Width = (usable / Math.Max(1, columns)).ToString(CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        var fontSize = t.Wide ? "14" : "17";
        foreach (var row in t.HeaderRows)
        {
            var tr = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
            foreach (var c in row)
            {
                tr.Append(Cell(c, fontSize, header: true));
            }

            table.Append(tr);
        }

        foreach (var row in t.Rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            foreach (var c in row)
            {
                tr.Append(Cell(c, fontSize, header: false));
            }

            table.Append(tr);
        }

        body.Append(table);
        foreach (var n in t.NoteNumbers.Distinct())
        {
            var note = report.Notes[n - 1];
            body.Append(Para(printedNotes.Add(n) ? $"{ReportTexts.Get("Note")} {n}: {note.Text}" : ReportTexts.Format("NoteSeeAbove", n, note.FirstTable), "Note"));
        }

        if (t.Wide)
        {
            body.Append(new Paragraph(new ParagraphProperties(Section(landscape: true))));
        }
    }

    private static DocumentFormat.OpenXml.Wordprocessing.TableCell Cell(Content.TableCell c, string fontSize, bool header)
    {
        var props = new TableCellProperties();
        if (c.ColumnSpan > 1)
        {
            props.Append(new GridSpan { Val = c.ColumnSpan });
        }

        if (header)
        {
            props.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "EEF1F5", Color = "auto" });
        }

        var runProps = new RunProperties(new FontSize { Val = fontSize });
        if (header)
        {
            runProps.Append(new Bold());
        }

        var justification = header ? JustificationValues.Center : c.Numeric ? JustificationValues.Right : JustificationValues.Left;
        var paragraph = new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }, new Justification { Val = justification }),
            new Run(runProps, new WText(c.Text) { Space = SpaceProcessingModeValues.Preserve }));
        return new DocumentFormat.OpenXml.Wordprocessing.TableCell(props, paragraph);
    }

    private static SectionProperties Section(bool landscape) => new(
        new PageSize { Width = (UInt32Value)(uint)(landscape ? A4Height : A4Width), Height = (UInt32Value)(uint)(landscape ? A4Width : A4Height), Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait },
        new PageMargin { Top = Margin, Bottom = Margin, Left = (UInt32Value)(uint)Margin, Right = (UInt32Value)(uint)Margin, Header = 425, Footer = 425, Gutter = 0 });

    private static Paragraph Para(string text, string style)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        p.Append(new Run(new WText(text) { Space = SpaceProcessingModeValues.Preserve }));
        return p;
    }

    private static Drawing Image(MainDocumentPart main, byte[] png, uint id, string title)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }

        var relationshipId = main.GetIdOfPart(part);
        var (pxW, pxH) = PngSize(png);
        const long maxWidthEmu = (A4Width - (2 * Margin)) * 635L;
        var cx = maxWidthEmu;
        var cy = pxW > 0 ? cx * pxH / pxW : cx * 6 / 10;
        var name = "Figur " + id.ToString(CultureInfo.InvariantCulture);
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = title },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = name + ".png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 });
    }

    /// <summary>Width and height from a PNG's IHDR chunk (0, 0 when it is not a PNG).</summary>
    internal static (long Width, long Height) PngSize(byte[] png)
        => png.Length >= 24 && png[12] == 'I' && png[13] == 'H' && png[14] == 'D' && png[15] == 'R'
            ? ((png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19], (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23])
            : (0, 0);

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" }, new FontSize { Val = "21" }, new Languages { Val = "nb-NO" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "100", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(ParagraphStyle("Normal", "Normal", null, null, false));
        styles.Append(ParagraphStyle("Title", "Title", "40", "1F3B5C", true));
        styles.Append(ParagraphStyle("Heading1", "heading 1", "32", "1F3B5C", true, outline: 0));
        styles.Append(ParagraphStyle("Heading2", "heading 2", "26", "1F3B5C", true, outline: 1));
        styles.Append(ParagraphStyle("Heading3", "heading 3", "23", "1F3B5C", true, outline: 2));
        styles.Append(ParagraphStyle("Caption", "caption", "19", "1B1B1B", true));
        styles.Append(ParagraphStyle("Note", "Note", "16", "444444", false));
        styles.Append(ParagraphStyle("Meta", "Meta", "18", "1B1B1B", false));
        var printed = ParagraphStyle("Printed", "Printed", "17", "1B1B1B", false);
        printed.StyleRunProperties!.Append(new RunFonts { Ascii = "Consolas", HighAnsi = "Consolas" });
        styles.Append(printed);
        styles.Append(new Style(new StyleName { Val = "Table Grid" }, new StyleTableProperties(new TableCellMarginDefault(
            new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa }, new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });
        part.Styles = styles;
    }

    private static Style ParagraphStyle(string id, string name, string? size, string? color, bool bold, int? outline = null)
    {
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (color is not null)
        {
            run.Append(new Color { Val = color });
        }

        if (size is not null)
        {
            run.Append(new FontSize { Val = size });
        }

        var paragraph = new StyleParagraphProperties();
        if (outline is { } level)
        {
            paragraph.Append(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = level });
        }

        return new Style(new StyleName { Val = name }, new PrimaryStyle(), paragraph, run) { Type = StyleValues.Paragraph, StyleId = id };
    }
}
