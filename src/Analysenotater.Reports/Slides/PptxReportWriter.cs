using System.Text;
using Analysenotater.Reports.Content;
using Analysenotater.Reports.Html;
using DocumentFormat.OpenXml.Packaging;
using P = DocumentFormat.OpenXml.Presentation;

namespace Analysenotater.Reports.Slides;

/// <summary>
/// Writes a <see cref="ReportContent"/> as a 16:9 slide deck (.pptx), the way KS reports are presented: a title slide
/// (title, data source, instrument, date, disclosure rules), one slide per table (a real PowerPoint table; a table
/// longer than <see cref="MaxTableRows"/> rows becomes a list slide of its first column with a line saying how many
/// rows the report holds), one slide per figure (the PNG from headless Chromium), each titled by its caption.
/// </summary>
public static class PptxReportWriter
{
    /// <summary>Tables with more body rows than this are shown as a text list.</summary>
    public const int MaxTableRows = 12;

    /// <summary>Writes the deck to <paramref name="path"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="figurePngs">PNG per figure number; figures without one are skipped.</param>
    /// <param name="path">The .pptx to write (overwritten).</param>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public static void Write(ReportContent report, IReadOnlyDictionary<int, byte[]> figurePngs, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(figurePngs);
        ArgumentNullException.ThrowIfNull(path);
        using var doc = PresentationDocument.Create(path, DocumentFormat.OpenXml.PresentationDocumentType.Presentation);
        var presentation = doc.AddPresentationPart();
        var master = presentation.AddNewPart<SlideMasterPart>("rId1");
        var layout = master.AddNewPart<SlideLayoutPart>("rId1");
        Feed(layout, SlideXml.Layout);
        layout.AddPart(master, "rId1");
        var theme = master.AddNewPart<ThemePart>("rId2");
        Feed(theme, SlideXml.Theme);
        Feed(master, SlideXml.Master("rId1"));
        presentation.AddPart(theme, "rId2");

        var slideIds = new List<string>();
        var m = report.Metadata;
        var margin = 457200L;
        var width = SlideXml.SlideWidth - (2 * margin);
        AddSlide(presentation, layout, slideIds, [
            SlideXml.TextBox(2, "Tittel", margin, 1600000, width, 1400000, [m.Title], 36, true, "1F3B5C"),
            SlideXml.TextBox(3, "Undertittel", margin, 3200000, width, 2400000, [
                $"{ReportTexts.Get("DataSource")}: {m.DataSource ?? ReportTexts.Get("NotGiven")}",
                $"{ReportTexts.Get("Instrument")}: {m.Instrument ?? ReportTexts.Get("NotGiven")}",
                $"{ReportTexts.Get("Date")}: {m.Date}",
                $"{ReportTexts.Get("Disclosure")}: {m.Disclosure}"], 16, false),
        ], null);

        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case TableBlock t when t.Rows.Count <= MaxTableRows:
                    var rows = t.HeaderRows.Select(r => (IReadOnlyList<(string, int, bool, bool)>)[.. r.Select(c => (c.Text, c.ColumnSpan, false, true))])
                        .Concat(t.Rows.Select(r => (IReadOnlyList<(string, int, bool, bool)>)[.. r.Select(c => (c.Text, c.ColumnSpan, c.Numeric, false))]))
                        .ToList();
                    AddSlide(presentation, layout, slideIds, [
                        SlideXml.TextBox(2, "Tittel", margin, 250000, width, 700000, [ReportHtmlWriter.Label("Table", t.Number, t.Caption)], 24, true, "1F3B5C"),
                        SlideXml.Table(3, "Tabell", margin, 1050000, width, rows, t.ColumnCount, t.ColumnCount > 8 ? 9 : 12),
                    ], null);
                    break;
                case TableBlock t:
                    var lines = t.Rows.Take(MaxTableRows).Select(r => "• " + string.Join(" – ", r.Where(c => c.Text.Length > 0).Take(2).Select(c => c.Text))).ToList();
                    lines.Add(ReportTexts.Format("CollapsedList", ReportHtmlWriter.Label("Table", t.Number, t.Caption), t.Rows.Count, t.AppendixLetter ?? "–"));
                    AddSlide(presentation, layout, slideIds, [
                        SlideXml.TextBox(2, "Tittel", margin, 250000, width, 700000, [ReportHtmlWriter.Label("Table", t.Number, t.Caption)], 24, true, "1F3B5C"),
                        SlideXml.TextBox(3, "Liste", margin, 1050000, width, 5400000, lines, 12, false),
                    ], null);
                    break;
                case FigureBlock f when figurePngs.TryGetValue(f.Number, out var png):
                    var (pw, ph) = Word.DocxReportWriter.PngSize(png);
                    var boxH = SlideXml.SlideHeight - 1150000 - 250000;
                    var cx = width;
                    var cy = pw > 0 ? cx * ph / pw : boxH;
                    if (cy > boxH)
                    {
                        cx = cx * boxH / cy;
                        cy = boxH;
                    }

                    AddSlide(presentation, layout, slideIds, [
                        SlideXml.TextBox(2, "Tittel", margin, 250000, width, 700000, [ReportHtmlWriter.Label("Figure", f.Number, f.Title)], 24, true, "1F3B5C"),
                        SlideXml.Picture(3, ReportHtmlWriter.Label("Figure", f.Number, f.Title), "rIdImg", margin + ((width - cx) / 2), 1050000, cx, cy),
                    ], png);
                    break;
            }
        }

        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:presentation xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\" saveSubsetFonts=\"1\">");
        xml.Append("<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst><p:sldIdLst>");
        for (var i = 0; i < slideIds.Count; i++)
        {
            xml.Append("<p:sldId id=\"").Append(256 + i).Append("\" r:id=\"").Append(slideIds[i]).Append("\"/>");
        }

        xml.Append("</p:sldIdLst><p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/><p:defaultTextStyle/></p:presentation>");
        Feed(presentation, xml.ToString());
    }

    private static void AddSlide(PresentationPart presentation, SlideLayoutPart layout, List<string> slideIds, IReadOnlyList<string> shapes, byte[]? png)
    {
        var id = "rIdS" + (slideIds.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var slide = presentation.AddNewPart<SlidePart>(id);
        slide.AddPart(layout, "rIdL");
        if (png is not null)
        {
            var image = slide.AddNewPart<ImagePart>("image/png", "rIdImg");
            using var stream = new MemoryStream(png);
            image.FeedData(stream);
        }

        Feed(slide, SlideXml.Slide(shapes));
        slideIds.Add(id);
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(new UTF8Encoding(false).GetBytes(xml));
        part.FeedData(stream);
    }

    /// <summary>The text of every slide, in order (for checks and tests).</summary>
    /// <param name="path">A .pptx file.</param>
    /// <returns>One string per slide: its text runs joined by newlines.</returns>
    public static IReadOnlyList<string> SlideTexts(string path)
    {
        using var doc = PresentationDocument.Open(path, false);
        var presentation = doc.PresentationPart!;
        return [.. presentation.Presentation!.SlideIdList!.Elements<P.SlideId>()
            .Select(s => (SlidePart)presentation.GetPartById(s.RelationshipId!.Value!))
            .Select(p => string.Join("\n", p.Slide!.Descendants<DocumentFormat.OpenXml.Drawing.Text>().Select(t => t.Text)))];
    }
}
