using System.Globalization;
using Analysenotater.Notebooks.Html;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Analysenotater.Reports.Chromium;

/// <summary>
/// One headless Chromium (through PuppeteerSharp, with the installed browser of <see cref="ChromiumLocator"/>; no
/// download, no network) for a report run: Plotly figures to PNG, HTML reports to A4 PDF, and screenshots of report
/// pages. Dispose it to close the browser.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>A4 width in CSS pixels (210 mm at 96 dpi).</summary>
    public const int A4WidthPx = 794;

    /// <summary>A4 height in CSS pixels (297 mm at 96 dpi).</summary>
    public const int A4HeightPx = 1123;

    private readonly IBrowser _browser;
    private IPage? _figurePage;

    private HeadlessChromium(IBrowser browser) => _browser = browser;

    /// <summary>Starts the browser.</summary>
    /// <param name="executablePath">The browser; null: <see cref="ChromiumLocator.Find"/>.</param>
    /// <returns>The running browser.</returns>
    /// <exception cref="FileNotFoundException">No browser is installed.</exception>
    public static async Task<HeadlessChromium> StartAsync(string? executablePath = null)
    {
        var path = executablePath ?? ChromiumLocator.Find()
            ?? throw new FileNotFoundException($"No Chromium found (looked at {ChromiumLocator.SearchedPlaces}).");
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = path,
            // Offline by construction: every request goes to a closed local port, and the browser's own background traffic is off.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions", "--font-render-hinting=none",
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        }).ConfigureAwait(false);
        return new HeadlessChromium(browser);
    }

    /// <summary>Opens a page on <paramref name="htmlPath"/> at A4 width, waits until its figures are drawn, and returns it (caller disposes).</summary>
    /// <param name="htmlPath">The report HTML file.</param>
    /// <param name="print">Emulate print media (the page as printed).</param>
    /// <returns>The page.</returns>
    public async Task<IPage> OpenReportAsync(string htmlPath, bool print)
    {
        var page = await _browser.NewPageAsync().ConfigureAwait(false);
        await page.SetViewportAsync(new ViewPortOptions { Width = A4WidthPx, Height = A4HeightPx }).ConfigureAwait(false);
        if (print)
        {
            await page.EmulateMediaTypeAsync(MediaType.Print).ConfigureAwait(false);
        }

        await page.GoToAsync(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 120_000 }).ConfigureAwait(false);
        await page.WaitForFunctionAsync("() => window.anReportDrawn === true || window.anReportReady === undefined", new WaitForFunctionOptions { Timeout = 120_000 }).ConfigureAwait(false);
        return page;
    }

    /// <summary>Prints the report HTML to an A4 PDF (the CSS page sizes win: wide tables on landscape pages).</summary>
    /// <param name="htmlPath">The report HTML file.</param>
    /// <param name="pdfPath">The PDF to write.</param>
    /// <returns>A task.</returns>
    public async Task PrintPdfAsync(string htmlPath, string pdfPath)
    {
        await using var page = await OpenReportAsync(htmlPath, print: true).ConfigureAwait(false);
        await page.PdfAsync(pdfPath, new PdfOptions
        {
            Format = PaperFormat.A4,
            PrintBackground = true,
            PreferCSSPageSize = true,
            DisplayHeaderFooter = false,
        }).ConfigureAwait(false);
    }

    /// <summary>Screenshots of the report as printed (print media, A4 width), one PNG per A4-high slice, up to <paramref name="maxPages"/>.</summary>
    /// <param name="htmlPath">The report HTML file.</param>
    /// <param name="folder">Where to write <c>&lt;stem&gt;-side-N.png</c>.</param>
    /// <param name="maxPages">The most slices to write.</param>
    /// <returns>The files written.</returns>
    public async Task<IReadOnlyList<string>> ScreenshotPagesAsync(string htmlPath, string folder, int maxPages)
    {
        Directory.CreateDirectory(folder);
        await using var page = await OpenReportAsync(htmlPath, print: true).ConfigureAwait(false);
        var height = await page.EvaluateExpressionAsync<int>("Math.ceil(document.documentElement.scrollHeight)").ConfigureAwait(false);
        var width = await page.EvaluateExpressionAsync<int>("Math.ceil(document.documentElement.scrollWidth)").ConfigureAwait(false);
        await page.SetViewportAsync(new ViewPortOptions { Width = Math.Max(A4WidthPx, width), Height = height }).ConfigureAwait(false);
        var stem = Path.GetFileNameWithoutExtension(htmlPath);
        var written = new List<string>();
        for (var i = 0; i * A4HeightPx < height && i < maxPages; i++)
        {
            var file = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{stem}-side-{i + 1}.png"));
            await page.ScreenshotAsync(file, new ScreenshotOptions
            {
                Clip = new Clip { X = 0, Y = i * A4HeightPx, Width = Math.Max(A4WidthPx, width), Height = Math.Min(A4HeightPx, height - (i * A4HeightPx)) },
            }).ConfigureAwait(false);
            written.Add(file);
        }

        return written;
    }

    /// <summary>Renders a Plotly figure to PNG offline (plotly.js from Plotly.NET, <c>Plotly.toImage</c>).</summary>
    /// <param name="figureJson">The figure (data, layout, config).</param>
    /// <param name="width">Width in CSS pixels.</param>
    /// <param name="height">Height in CSS pixels.</param>
    /// <returns>The PNG bytes (at twice the size, for print).</returns>
    /// <exception cref="InvalidOperationException">plotly.js could not draw the figure.</exception>
    public async Task<byte[]> RenderFigurePngAsync(string figureJson, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(figureJson);
        if (_figurePage is null)
        {
            _figurePage = await _browser.NewPageAsync().ConfigureAwait(false);
            var html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>window.define=undefined;</script><script>" + PlotlyScript.Text + "</script></head><body style=\"margin:0;background:#fff\"></body></html>";
            await _figurePage.SetContentAsync(html).ConfigureAwait(false);
        }

        const string script = """
            async (json, w, h) => {
              const fig = JSON.parse(json);
              const d = document.createElement('div');
              d.style.width = w + 'px'; d.style.height = h + 'px';
              document.body.appendChild(d);
              const layout = Object.assign({}, fig.layout || {}, { width: w, height: h, autosize: false });
              await Plotly.newPlot(d, fig.data || [], layout, { staticPlot: true });
              const url = await Plotly.toImage(d, { format: 'png', width: w, height: h, scale: 2 });
              Plotly.purge(d); d.remove();
              return url;
            }
            """;
        var url = await _figurePage.EvaluateFunctionAsync<string>(script, figureJson, width, height).ConfigureAwait(false);
        const string prefix = "data:image/png;base64,";
        return url?.StartsWith(prefix, StringComparison.Ordinal) == true
            ? Convert.FromBase64String(url[prefix.Length..])
            : throw new InvalidOperationException("plotly.js returned no PNG for the figure.");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_figurePage is not null)
        {
            await _figurePage.DisposeAsync().ConfigureAwait(false);
        }

        await _browser.CloseAsync().ConfigureAwait(false);
        await _browser.DisposeAsync().ConfigureAwait(false);
    }
}
