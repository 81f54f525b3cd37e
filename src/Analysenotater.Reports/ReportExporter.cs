using System.Text;
using Analysenotater.Notebooks.Documents;
using Analysenotater.Reports.Chromium;
using Analysenotater.Reports.Content;
using Analysenotater.Reports.Html;
using Analysenotater.Reports.Slides;
using Analysenotater.Reports.Word;

namespace Analysenotater.Reports;

/// <summary>
/// Writes the reports of executed notebooks: <c>&lt;stem&gt;.html</c> (report mode), <c>.pdf</c>, <c>.docx</c> and
/// <c>.pptx</c> into one folder. One headless Chromium is started on first need and shared by every notebook of the
/// run (figures to PNG, HTML to PDF). Without a browser the HTML and Word files are still written (figures in Word as
/// a note), the PDF is skipped, and a warning says why. Dispose to close the browser.
/// </summary>
public sealed class ReportExporter : IAsyncDisposable
{
    private const int FigureWidth = 900;
    private const int FigureHeight = 520;

    private readonly ReportFormats _formats;
    private readonly bool _slidesForAll;
    private readonly Action<string> _warn;
    private HeadlessChromium? _chromium;
    private bool _chromiumTried;

    /// <summary>Creates an exporter.</summary>
    /// <param name="formats">What to write.</param>
    /// <param name="slidesForAll">Write .pptx for every notebook (when <paramref name="formats"/> has it), not only those whose metadata asks for slides.</param>
    /// <param name="warn">Receives warnings (no browser, a figure that could not be drawn).</param>
    public ReportExporter(ReportFormats formats, bool slidesForAll, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(warn);
        _formats = formats;
        _slidesForAll = slidesForAll;
        _warn = warn;
    }

    /// <summary>Writes the reports of <paramref name="notebook"/>.</summary>
    /// <param name="notebook">The executed notebook.</param>
    /// <param name="stem">The file name without extension (normally the notebook's).</param>
    /// <param name="folder">The folder to write into (created).</param>
    /// <param name="cancellationToken">Cancels between files.</param>
    /// <returns>The files written, in order.</returns>
    public async Task<IReadOnlyList<string>> ExportAsync(Notebook notebook, string stem, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(stem);
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var report = NotebookReportBuilder.Build(notebook, stem);
        var written = new List<string>();
        var htmlPath = Path.Combine(folder, stem + ".html");
        var needHtml = (_formats & (ReportFormats.Html | ReportFormats.Pdf)) != 0;
        if (needHtml)
        {
            await File.WriteAllTextAsync(htmlPath, ReportHtmlWriter.Write(report), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            if (_formats.HasFlag(ReportFormats.Html))
            {
                written.Add(htmlPath);
            }
        }

        if (_formats.HasFlag(ReportFormats.Pdf) && await ChromiumAsync().ConfigureAwait(false) is { } browser)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pdf = Path.Combine(folder, stem + ".pdf");
            await browser.PrintPdfAsync(htmlPath, pdf).ConfigureAwait(false);
            written.Add(pdf);
        }

        if (!_formats.HasFlag(ReportFormats.Html) && needHtml)
        {
            File.Delete(htmlPath);
        }

        var slides = _formats.HasFlag(ReportFormats.Pptx) && (_slidesForAll || report.Metadata.Slides);
        if (_formats.HasFlag(ReportFormats.Docx) || slides)
        {
            var images = await FigureImagesAsync(report, cancellationToken).ConfigureAwait(false);
            if (_formats.HasFlag(ReportFormats.Docx))
            {
                var docx = Path.Combine(folder, stem + ".docx");
                DocxReportWriter.Write(report, images, docx);
                written.Add(docx);
            }

            if (slides)
            {
                var pptx = Path.Combine(folder, stem + ".pptx");
                PptxReportWriter.Write(report, images, pptx);
                written.Add(pptx);
            }
        }

        return written;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync().ConfigureAwait(false);
            _chromium = null;
        }
    }

    private async Task<Dictionary<int, byte[]>> FigureImagesAsync(ReportContent report, CancellationToken cancellationToken)
    {
        var images = new Dictionary<int, byte[]>();
        if (!report.Figures.Any() || await ChromiumAsync().ConfigureAwait(false) is not { } browser)
        {
            return images;
        }

        foreach (var figure in report.Figures)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                images[figure.Number] = await browser.RenderFigurePngAsync(figure.FigureJson, FigureWidth, FigureHeight).ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidOperationException or PuppeteerSharp.PuppeteerException)
            {
                _warn($"{ReportHtmlWriter.Label("Figure", figure.Number, figure.Title)}: {e.Message}");
            }
        }

        return images;
    }

    private async Task<HeadlessChromium?> ChromiumAsync()
    {
        if (_chromiumTried)
        {
            return _chromium;
        }

        _chromiumTried = true;
        var path = ChromiumLocator.Find();
        if (path is null)
        {
            _warn(ReportTexts.Format("ChromiumMissing", ChromiumLocator.SearchedPlaces));
            return null;
        }

        _chromium = await HeadlessChromium.StartAsync(path).ConfigureAwait(false);
        return _chromium;
    }
}
