namespace Analysenotater.Reports;

/// <summary>The report files <see cref="ReportExporter"/> writes.</summary>
[Flags]
public enum ReportFormats
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>The report as self-contained HTML (no code, print CSS).</summary>
    Html = 1,

    /// <summary>The report as A4 PDF (headless Chromium print-to-PDF).</summary>
    Pdf = 2,

    /// <summary>The report as a Word document.</summary>
    Docx = 4,

    /// <summary>The report as slides; by default only for notebooks whose metadata asks for slides (<c>analysenotater.report.slides</c>).</summary>
    Pptx = 8,
}
