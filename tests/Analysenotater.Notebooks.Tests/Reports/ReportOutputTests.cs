using System.Text.Json;
using System.Text.RegularExpressions;
using Analysenotater.Instruments;
using Analysenotater.Notebooks.Documents;
using Analysenotater.Reports.Chromium;
using Analysenotater.Reports.Content;
using Analysenotater.Reports.Slides;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Analysenotater.Notebooks.Tests.Reports;

/// <summary>
/// The reports of notebooks 02, 03 and 07 as a reader gets them: the report HTML in headless Chromium at A4 (print
/// media), the PDF's text through poppler's pdftotext, the Word file and the slides read back with OpenXml.
/// Screenshots of the report pages (and of the PDF pages) are written to artifacts/rapporter/skjermbilder/.
/// </summary>
public sealed class ReportOutputTests(ReportArtifacts artifacts) : IClassFixture<ReportArtifacts>
{
    private const double PxPerMm = 96 / 25.4;

    /// <summary>English words that must not appear in a Norwegian report (status and kind names, message words, file references outside the repository).</summary>
    private static readonly string[] EnglishWords =
    [
        "Differs", "Reproduced", "NotComputable", "WithinTolerance", "UnknownColumn", "OutOfRangeCode", "PhoneNumber",
        "UnknownProperNoun", "PersonName", "Withhold", "Redact", "README", "Note", "Notes", "Table", "Figure", "row", "column", "value",
        "items", "not given", "Data source", "Disclosure", "Appendix", "cell", "failed", "error", "Not attainable", "skipped", "wrote",
        "variables", "kept empty", "not a", "scale", "code",
    ];

    [Theory]
    [InlineData("00-kom-i-gang")]
    [InlineData("02-frekvenser-og-nokkeltall")]
    [InlineData("03-kommunestorrelse")]
    [InlineData("05-regresjon")]
    [InlineData("07-ks-kommunerapport")]
    public async Task Report_html_shows_no_code_and_every_table_and_figure_fits_an_A4_page(string notebook)
    {
        var html = ReportArtifacts.File(notebook, ".html");
        Assert.True(File.Exists(html), artifacts.RunLog);
        await using var chromium = await HeadlessChromium.StartAsync("/usr/bin/chromium");
        await using var page = await chromium.OpenReportAsync(html, print: true);
        var json = await page.EvaluateFunctionAsync<string>("""
            () => JSON.stringify({
              boxes: [...document.querySelectorAll('table, figure, .an-plot svg.main-svg')].map(el => {
                const r = el.getBoundingClientRect();
                return { what: el.tagName + ' ' + (el.querySelector && el.querySelector('caption,figcaption') ? el.querySelector('caption,figcaption').textContent : ''),
                         landscape: !!el.closest('.an-landscape'), width: Math.max(r.width, el.scrollWidth || 0) };
              }),
              overflowingCells: [...document.querySelectorAll('td, th')].filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent),
              codeBlocks: document.querySelectorAll('pre.an-code, .an-prompt, code.language-csharp').length,
              charts: document.querySelectorAll('.an-plot .plot-container').length,
              figures: document.querySelectorAll('figure.an-figure').length,
              text: document.body.innerText
            })
            """);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var boxes = root.GetProperty("boxes").EnumerateArray().ToList();
        Assert.NotEmpty(boxes);
        foreach (var box in boxes)
        {
            var landscape = box.GetProperty("landscape").GetBoolean();
            var limit = (landscape ? 267 : 180) * PxPerMm;
            var width = box.GetProperty("width").GetDouble();
            Assert.True(width <= limit + 1, $"{notebook}: {box.GetProperty("what").GetString()} is {width:0} px wide; the {(landscape ? "landscape" : "portrait")} A4 column is {limit:0} px");
        }

        Assert.Empty(root.GetProperty("overflowingCells").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(0, root.GetProperty("codeBlocks").GetInt32());
        Assert.Equal(root.GetProperty("figures").GetInt32(), root.GetProperty("charts").GetInt32());

        // No line of the notebook's code appears in the report.
        var text = root.GetProperty("text").GetString()!;
        var code = NotebookFile.Read(Path.Combine(TestFiles.RepositoryRoot, "notebooks", notebook + ".ipynb")).Cells
            .Where(c => c.Kind == NotebookCellKind.Code)
            .SelectMany(c => c.Source.Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.Length > 20 && (l.Contains('(') || l.Contains('=')))
            .ToList();
        Assert.NotEmpty(code);
        Assert.All(code, line => Assert.DoesNotContain(line, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wide_tables_go_on_landscape_pages_with_two_level_headers_and_figures_are_drawn()
    {
        await using var chromium = await HeadlessChromium.StartAsync("/usr/bin/chromium");
        await using var page03 = await chromium.OpenReportAsync(ReportArtifacts.File("03-kommunestorrelse", ".html"), print: true);
        var landscape = await page03.EvaluateExpressionAsync<int>("document.querySelectorAll('.an-landscape table').length");
        Assert.True(landscape >= 7, $"03: {landscape} landscape tables; the seven Vedlegg 3 tables are wide");
        var groupHeaders = await page03.EvaluateExpressionAsync<string>("[...document.querySelectorAll('.an-landscape thead tr:first-child th[colspan]')].map(t => t.textContent).slice(0, 3).join('|')");
        Assert.Equal("Liten|Mellomstor|Stor", groupHeaders);

        await using var page07 = await chromium.OpenReportAsync(ReportArtifacts.File("07-ks-kommunerapport", ".html"), print: true);
        Assert.Equal(9, await page07.EvaluateExpressionAsync<int>("document.querySelectorAll('.an-plot .plot-container').length"));
        Assert.True(await page07.EvaluateExpressionAsync<int>("document.querySelectorAll('.an-plot g.trace.bars, .an-plot g.trace.scatter').length") >= 9, "07: the figures have no drawn traces");
    }

    [Theory]
    [InlineData("00-kom-i-gang", true)]
    [InlineData("02-frekvenser-og-nokkeltall", true)]
    [InlineData("03-kommunestorrelse", false)]
    [InlineData("05-regresjon", true)]
    [InlineData("07-ks-kommunerapport", true)]
    public void Pdf_text_has_Norwegian_numbers_and_no_English_message_words(string notebook, bool hasDecimals)
    {
        var pdf = ReportArtifacts.File(notebook, ".pdf");
        Assert.True(File.Exists(pdf), artifacts.RunLog);
        Assert.True(File.Exists("/usr/bin/pdftotext"), "/usr/bin/pdftotext is missing: install Debian's 'poppler-utils' (.ci/run installs it).");
        var (exit, text) = TestFiles.RunProcess("/usr/bin/pdftotext", ["-layout", pdf, "-"], TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, text);
        if (hasDecimals)
        {
            Assert.Matches(new Regex(@"\d,\d"), text);
        }

        Assert.Matches(new Regex(@"\d %"), text);
        Assert.DoesNotMatch(new Regex(@"\b\d+\.\d+ ?%"), text);
        Assert.DoesNotMatch(new Regex(@"\b\d{2}/\d{2}/\d{4}\b"), text);
        foreach (var word in EnglishWords)
        {
            Assert.DoesNotMatch(new Regex(@"\b" + Regex.Escape(word) + @"\b"), text);
        }

        Assert.Contains("Personvernregler", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("02-frekvenser-og-nokkeltall")]
    [InlineData("03-kommunestorrelse")]
    [InlineData("05-regresjon")]
    public void Import_status_line_is_printed_once(string notebook)
    {
        var (exit, text) = TestFiles.RunProcess("/usr/bin/pdftotext", ["-layout", ReportArtifacts.File(notebook, ".pdf"), "-"], TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, text);
        Assert.Single(Regex.Matches(text, "Inndata: [^,]+, [0-9]|INNDATA HAR FEIL: "));
    }

    [Fact]
    public void First_table_of_notebook_03_has_its_caption()
    {
        var (exit, text) = TestFiles.RunProcess("/usr/bin/pdftotext", ["-layout", ReportArtifacts.File("03-kommunestorrelse", ".pdf"), "-"], TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, text);
        Assert.Contains("Tabell 1. Personvernreglene for kommunerapporter", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"Tabell \d+\s*\n"), text);
    }

    [Fact]
    public void No_page_of_the_regression_report_holds_only_a_section_heading_and_its_prose()
    {
        var (exit, text) = TestFiles.RunProcess("/usr/bin/pdftotext", ["-layout", ReportArtifacts.File("05-regresjon", ".pdf"), "-"], TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, text);
        var pages = text.Split('\f');
        var section2 = Assert.Single(pages, p => p.Contains("2. Den grundige versjonen", StringComparison.Ordinal));
        Assert.Contains("Tabell 10.", section2, StringComparison.Ordinal);
        foreach (var page in pages.Where(p => Regex.IsMatch(p, @"^\s*\d\. ", RegexOptions.Multiline)))
        {
            Assert.Matches(new Regex(@"Tabell \d+\.|Figur \d+\."), page);
        }
    }

    [Fact]
    public void Model_tables_in_the_regression_report_show_labels_not_column_names()
    {
        var (exit, text) = TestFiles.RunProcess("/usr/bin/pdftotext", ["-layout", ReportArtifacts.File("05-regresjon", ".pdf"), "-"], TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, text);
        Assert.Contains("avhengig variabel: Samlet vurdering av tilfredshet", text, StringComparison.Ordinal);
        Assert.Contains("Mental helse (HSCL-10)", text, StringComparison.Ordinal);
        Assert.Contains("Kjønn", text, StringComparison.Ordinal);
        Assert.Contains("Kommunestørrelse", text, StringComparison.Ordinal);
        foreach (var raw in new[] { "ind_mental", "ind_samlet", "ind_praktisk", "kjonn=", "kommunestorrelse=", "(avhengig variabel: ind_", "fornoyd:" })
        {
            Assert.DoesNotContain(raw, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pdf_of_the_Vedlegg_3_tables_has_landscape_pages_and_the_pages_are_written_as_images()
    {
        var pdf = ReportArtifacts.File("03-kommunestorrelse", ".pdf");
        var (exit, info) = TestFiles.RunProcess("/usr/bin/pdfinfo", ["-f", "1", "-l", "100", pdf], TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, info);
        Assert.Contains("841.92 x 594.96 pts (A4)", info, StringComparison.Ordinal);
        Assert.Contains("594.96 x 841.92 pts (A4)", info, StringComparison.Ordinal);

        Directory.CreateDirectory(ReportArtifacts.ScreenshotFolder);
        foreach (var notebook in ReportArtifacts.Notebooks)
        {
            var prefix = Path.Combine(ReportArtifacts.ScreenshotFolder, notebook + "-pdf");
            var (code, output) = TestFiles.RunProcess("/usr/bin/pdftoppm", ["-r", "60", "-png", "-l", "6", ReportArtifacts.File(notebook, ".pdf"), prefix], TimeSpan.FromMinutes(2));
            Assert.True(code == 0, output);
            Assert.NotEmpty(Directory.GetFiles(ReportArtifacts.ScreenshotFolder, notebook + "-pdf-*.png"));
        }
    }

    [Fact]
    public async Task Screenshots_of_the_report_pages_are_written()
    {
        await using var chromium = await HeadlessChromium.StartAsync("/usr/bin/chromium");
        foreach (var notebook in ReportArtifacts.Notebooks)
        {
            var files = await chromium.ScreenshotPagesAsync(ReportArtifacts.File(notebook, ".html"), ReportArtifacts.ScreenshotFolder, maxPages: 4);
            Assert.NotEmpty(files);
            Assert.All(files, f => Assert.True(new FileInfo(f).Length > 5_000, f));
        }
    }

    [Fact]
    public void Word_document_holds_the_tables_as_Word_tables_and_the_figures_as_images()
    {
        foreach (var notebook in ReportArtifacts.Notebooks)
        {
            var executed = NotebookFile.Read(Path.Combine(ReportArtifacts.OutputRoot, notebook + ".ipynb"));
            var report = NotebookReportBuilder.Build(executed, notebook);
            using var doc = WordprocessingDocument.Open(ReportArtifacts.File(notebook, ".docx"), false);
            var body = doc.MainDocumentPart!.Document!.Body!;
            var tables = body.Elements<W.Table>().ToList();
            var expectedTables = report.Tables.Count(t => t.AppendixLetter is null) + report.Appendices.Count;
            Assert.Equal(expectedTables, tables.Count);
            Assert.Equal(report.Figures.Count(), body.Descendants<W.Drawing>().Count());
            Assert.Equal(report.Figures.Count(), doc.MainDocumentPart.ImageParts.Count());
            Assert.Equal(report.Metadata.Title, body.Elements<W.Paragraph>().First().InnerText);
            Assert.All(doc.MainDocumentPart.ImageParts, p => Assert.Equal("image/png", p.ContentType));
        }

        using var vedlegg3 = WordprocessingDocument.Open(ReportArtifacts.File("03-kommunestorrelse", ".docx"), false);
        var wide = vedlegg3.MainDocumentPart!.Document!.Body!.Elements<W.Table>().First(t => t.Descendants<W.GridSpan>().Any());
        Assert.Equal(["Liten", "Mellomstor", "Stor"], wide.Elements<W.TableRow>().First().Elements<W.TableCell>().Select(c => c.InnerText).Where(t => t.Length > 0));
        Assert.Contains(vedlegg3.MainDocumentPart.Document.Body!.Descendants<W.PageSize>(), s => s.Orient?.Value == W.PageOrientationValues.Landscape);
    }

    [Fact]
    public void Ks_municipal_report_slides_have_the_dimension_table_one_chart_per_dimension_and_the_comments()
    {
        var pptx = ReportArtifacts.File("07-ks-kommunerapport", ".pptx");
        Assert.True(File.Exists(pptx), artifacts.RunLog);
        var texts = PptxReportWriter.SlideTexts(pptx);
        using var doc = PresentationDocument.Open(pptx, false);
        var slides = doc.PresentationPart!.Presentation!.SlideIdList!.Elements<DocumentFormat.OpenXml.Presentation.SlideId>()
            .Select(s => (SlidePart)doc.PresentationPart.GetPartById(s.RelationshipId!.Value!)).ToList();
        Assert.Equal(texts.Count, slides.Count);
        foreach (var dimension in KnownInstruments.KsPsykiskHelseRus.Groups.Select(g => g.Name))
        {
            var matching = Enumerable.Range(0, slides.Count).Where(i => texts[i].Split('\n')[0].EndsWith(". " + dimension, StringComparison.Ordinal)).ToList();
            Assert.True(matching.Count == 1, $"dimension «{dimension}»: {matching.Count} slides");
            Assert.Single(slides[matching[0]].ImageParts);
        }

        Assert.Contains(slides, s => s.Slide!.Descendants<DocumentFormat.OpenXml.Drawing.Table>().Any() && s.Slide.InnerText.Contains("Tilgjengelighet", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Kommentarer", StringComparison.Ordinal));
        Assert.False(File.Exists(ReportArtifacts.File("03-kommunestorrelse", ".pptx")), "slides only where the notebook asks for them");
    }
}
