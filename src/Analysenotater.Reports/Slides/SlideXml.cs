using System.Globalization;
using System.Security;
using System.Text;

namespace Analysenotater.Reports.Slides;

/// <summary>The PresentationML parts of a plain 16:9 deck (theme, master, layout) and the shapes a slide is built from, as XML.</summary>
internal static class SlideXml
{
    public const long SlideWidth = 12192000;
    public const long SlideHeight = 6858000;

    private const string Ns = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";

    private const string EmptyTree = "<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr></p:spTree></p:cSld>";

    public static string Theme => """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Analysenotater"><a:themeElements>
        <a:clrScheme name="Analysenotater"><a:dk1><a:srgbClr val="1B1B1B"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F3B5C"/></a:dk2><a:lt2><a:srgbClr val="EEF1F5"/></a:lt2>
        <a:accent1><a:srgbClr val="4A78B5"/></a:accent1><a:accent2><a:srgbClr val="D9822B"/></a:accent2><a:accent3><a:srgbClr val="5B9E5B"/></a:accent3><a:accent4><a:srgbClr val="B54A4A"/></a:accent4><a:accent5><a:srgbClr val="7F6BB5"/></a:accent5><a:accent6><a:srgbClr val="8C8C8C"/></a:accent6>
        <a:hlink><a:srgbClr val="1F5FAD"/></a:hlink><a:folHlink><a:srgbClr val="6B4A9E"/></a:folHlink></a:clrScheme>
        <a:fontScheme name="Analysenotater"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>
        <a:fmtScheme name="Analysenotater"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>
        <a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>
        <a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>
        <a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>
        </a:themeElements></a:theme>
        """;

    public static string Master(string layoutRelationshipId) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:sldMaster {Ns}>{EmptyTree}" +
        "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>" +
        $"<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"{layoutRelationshipId}\"/></p:sldLayoutIdLst>" +
        "<p:txStyles><p:titleStyle/><p:bodyStyle/><p:otherStyle/></p:txStyles></p:sldMaster>";

    public static string Layout =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:sldLayout {Ns} type=\"blank\" preserve=\"1\">{EmptyTree}<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>";

    public static string Slide(IEnumerable<string> shapes)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:sld ").Append(Ns).Append("><p:cSld><p:spTree>")
          .Append("<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>");
        foreach (var s in shapes)
        {
            sb.Append(s);
        }

        return sb.Append("</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>").ToString();
    }

    /// <summary>A text box; each paragraph one line, in points.</summary>
    public static string TextBox(int id, string name, long x, long y, long cx, long cy, IEnumerable<string> paragraphs, int sizePt, bool bold, string color = "1B1B1B")
    {
        var sb = new StringBuilder();
        sb.Append(Inv($"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{Esc(name)}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>"))
          .Append("<p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" rIns=\"0\"><a:normAutofit/></a:bodyPr><a:lstStyle/>");
        foreach (var p in paragraphs)
        {
            sb.Append(Inv($"<a:p><a:r><a:rPr lang=\"nb-NO\" sz=\"{sizePt * 100}\" b=\"{(bold ? 1 : 0)}\" dirty=\"0\"><a:solidFill><a:srgbClr val=\"{color}\"/></a:solidFill></a:rPr><a:t>{Esc(p)}</a:t></a:r></a:p>"));
        }

        return sb.Append("</p:txBody></p:sp>").ToString();
    }

    /// <summary>A picture filling the given box.</summary>
    public static string Picture(int id, string name, string relationshipId, long x, long y, long cx, long cy) =>
        Inv($"<p:pic><p:nvPicPr><p:cNvPr id=\"{id}\" name=\"{Esc(name)}\" descr=\"{Esc(name)}\"/><p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>") +
        Inv($"<p:blipFill><a:blip r:embed=\"{relationshipId}\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>") +
        Inv($"<p:spPr><a:xfrm><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>");

    /// <summary>A real PowerPoint table (a:tbl): header rows shaded, numbers right-aligned.</summary>
    public static string Table(int id, string name, long x, long y, long cx, IReadOnlyList<IReadOnlyList<(string Text, int Span, bool Numeric, bool Header)>> rows, int columns, int sizePt)
    {
        var rowHeight = 300000L;
        var colWidth = cx / Math.Max(1, columns);
        var sb = new StringBuilder();
        sb.Append(Inv($"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"{id}\" name=\"{Esc(name)}\"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>"))
          .Append(Inv($"<p:xfrm><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{cx}\" cy=\"{rowHeight * rows.Count}\"/></p:xfrm>"))
          .Append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl><a:tblPr firstRow=\"1\" bandRow=\"1\"/><a:tblGrid>");
        for (var i = 0; i < columns; i++)
        {
            sb.Append(Inv($"<a:gridCol w=\"{colWidth}\"/>"));
        }

        sb.Append("</a:tblGrid>");
        foreach (var row in rows)
        {
            sb.Append(Inv($"<a:tr h=\"{rowHeight}\">"));
            foreach (var (text, span, numeric, header) in row)
            {
                var align = numeric ? "r" : header ? "ctr" : "l";
                sb.Append(span > 1 ? Inv($"<a:tc gridSpan=\"{span}\">") : "<a:tc>")
                  .Append(Inv($"<a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr algn=\"{align}\"/><a:r><a:rPr lang=\"nb-NO\" sz=\"{sizePt * 100}\" b=\"{(header ? 1 : 0)}\" dirty=\"0\"/><a:t>{Esc(text)}</a:t></a:r></a:p></a:txBody>"))
                  .Append("<a:tcPr>")
                  .Append(header ? "<a:solidFill><a:srgbClr val=\"EEF1F5\"/></a:solidFill>" : "<a:noFill/>")
                  .Append("</a:tcPr></a:tc>");
                for (var k = 1; k < span; k++)
                {
                    sb.Append("<a:tc hMerge=\"1\"><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"nb-NO\"/></a:p></a:txBody><a:tcPr/></a:tc>");
                }
            }

            sb.Append("</a:tr>");
        }

        return sb.Append("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>").ToString();
    }

    private static string Esc(string s) => SecurityElement.Escape(s) ?? "";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
