using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Analysenotater.Kernel.Tests.Jupyter;
using PuppeteerSharp;

namespace Analysenotater.Kernel.Tests.Browser;

/// <summary>
/// Debian's classic Jupyter Notebook (6.4) driven through its web UI in headless Chromium (PuppeteerSharp with
/// /usr/bin/chromium; no browser is downloaded): notebook 00 runs with this kernel, the Plotly chart must be drawn
/// (plotly.js's SVG inside the chart element) and the tables styled (left-aligned text cells with borders, numbers
/// right-aligned, although Jupyter's CSS right-aligns table cells). The same checks run on nbconvert's HTML export of
/// the executed notebook. The browser goes through a dead proxy: any request outside the local server fails and is
/// recorded, and the test fails if one came from the outputs. Screenshots are kept under
/// <c>artifacts/browser/</c> at the repository root.
/// </summary>
public sealed class ClassicNotebookBrowserTests
{
    private static string Chromium => Analysenotater.Tests.Shared.ExternalTool.Chromium;

    public static string ArtifactDirectory { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "browser");

    [Fact]
    public async Task Notebook_00_runs_in_classic_notebook_with_chart_drawn_and_tables_styled()
    {
        _ = Chromium; // fails naming the tool and its Debian package when missing
        _ = Analysenotater.Tests.Shared.ExternalTool.JupyterNotebook;
        Directory.CreateDirectory(ArtifactDirectory);
        var root = Directory.CreateTempSubdirectory("classic-notebook-").FullName;
        CSharpKernelFixture.InstallWithCli(root);
        var work = Path.Combine(root, "work");
        Directory.CreateDirectory(Path.Combine(work, "notebooks"));
        File.Copy(Path.Combine(RepositoryPaths.Root, "notebooks", "00-kom-i-gang.ipynb"), Path.Combine(work, "notebooks", "00.ipynb"));
        Directory.CreateSymbolicLink(Path.Combine(work, "data-samples"), Path.Combine(RepositoryPaths.Root, "data-samples"));

        var port = FreePort();
        var token = Guid.NewGuid().ToString("N");
        using var server = StartNotebookServer(root, work, port, token);
        try
        {
            await WaitForServerAsync(port, token, server);
            await using var browser = await LaunchAsync();
            var outside = new List<string>();
            await using var page = await browser.NewPageAsync();
            await page.SetViewportAsync(new ViewPortOptions { Width = 1200, Height = 900 });
            TrackOutsideRequests(page, port, outside);
            await page.GoToAsync($"http://127.0.0.1:{port}/notebooks/notebooks/00.ipynb?token={token}", new NavigationOptions { Timeout = 60_000 });
            await page.WaitForFunctionAsync("() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()", new WaitForFunctionOptions { Timeout = 120_000, PollingInterval = 250 });
            await page.EvaluateExpressionAsync("Jupyter.notebook.execute_all_cells()");
            await page.WaitForFunctionAsync(
                "() => Jupyter.notebook.get_cells().every(c => c.cell_type !== 'code' || typeof c.input_prompt_number === 'number') && document.querySelector('#kernel_indicator_icon.kernel_idle_icon')",
                new WaitForFunctionOptions { Timeout = 240_000, PollingInterval = 500 });
            var errors = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('.output_error, .output_stderr')).map(e => e.innerText)");
            Assert.True(errors.Length == 0, "Error outputs in the notebook:\n" + string.Join("\n---\n", errors));
            await AssertChartDrawnAsync(page, "classic Notebook");
            await AssertTablesStyledAsync(page, ".output_area", "classic Notebook");
            await page.ScreenshotAsync(Path.Combine(ArtifactDirectory, "classic-notebook-00.png"), new ScreenshotOptions { FullPage = true });
            await ScreenshotElementAsync(page, ".output_area .an-plot", "classic-notebook-00-chart.png");
            await ScreenshotElementAsync(page, ".output_area table.an-table", "classic-notebook-00-table.png");
            Assert.True(outside.Count == 0, "Requests outside the local server:\n" + string.Join("\n", outside));

            // Save the executed notebook, export it with nbconvert and check the HTML page the same way.
            await page.EvaluateExpressionAsync("Jupyter.notebook.save_notebook()");
            await page.WaitForFunctionAsync("() => !Jupyter.notebook.dirty", new WaitForFunctionOptions { Timeout = 30_000 });
            var saved = Path.Combine(work, "notebooks", "00.ipynb");
            var (exit, output) = ExternalProcess.Run(ExternalProcess.Python, ["-m", "nbconvert", "--to", "html", "--output-dir", root, saved], root, ExternalProcess.JupyterEnvironment(root), TimeSpan.FromMinutes(2));
            Assert.True(exit == 0, $"nbconvert failed ({exit}): {output}");
            var html = Path.Combine(root, "00.html");
            var outsideExport = new List<string>();
            await using var exportPage = await browser.NewPageAsync();
            await exportPage.SetViewportAsync(new ViewPortOptions { Width = 1200, Height = 900 });
            TrackOutsideRequests(exportPage, port, outsideExport);
            await exportPage.GoToAsync(new Uri(html).AbsoluteUri, new NavigationOptions { Timeout = 60_000, WaitUntil = [WaitUntilNavigation.Load] });
            await AssertChartDrawnAsync(exportPage, "nbconvert HTML");
            await AssertTablesStyledAsync(exportPage, ".jp-OutputArea-output, .output_area", "nbconvert HTML");
            await exportPage.ScreenshotAsync(Path.Combine(ArtifactDirectory, "nbconvert-00.png"), new ScreenshotOptions { FullPage = true });
            await ScreenshotElementAsync(exportPage, ".an-plot", "nbconvert-00-chart.png");
            File.Copy(html, Path.Combine(ArtifactDirectory, "nbconvert-00.html"), overwrite: true);

            // nbconvert's own template links require.js and MathJax from a CDN (they fail behind the dead proxy); the
            // outputs themselves must fetch nothing.
            var fromOutputs = outsideExport.Where(u => !u.Contains("require.js", StringComparison.Ordinal) && !u.Contains("mathjax", StringComparison.OrdinalIgnoreCase) && !u.Contains("MathJax", StringComparison.Ordinal)).ToList();
            Assert.True(fromOutputs.Count == 0, "Requests outside the page from the export:\n" + string.Join("\n", fromOutputs));
        }
        finally
        {
            try
            {
                server.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    }

    private static async Task ScreenshotElementAsync(IPage page, string selector, string file)
    {
        var element = await page.QuerySelectorAsync(selector);
        Assert.NotNull(element);
        await element.ScrollIntoViewAsync();
        await element.ScreenshotAsync(Path.Combine(ArtifactDirectory, file));
    }

    private static async Task AssertChartDrawnAsync(IPage page, string where)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "() => { const p = Array.from(document.querySelectorAll('.an-plot')); return p.length > 0 && p.every(e => e.querySelector('svg.main-svg') && e.querySelectorAll('.trace, .bars .point, path').length > 0); }",
                new WaitForFunctionOptions { Timeout = 60_000, PollingInterval = 250 });
        }
        catch (WaitTaskTimeoutException)
        {
            var state = await page.EvaluateExpressionAsync<string>("JSON.stringify({ plots: document.querySelectorAll('.an-plot').length, svgs: document.querySelectorAll('.an-plot svg.main-svg').length, plotly: typeof window.Plotly, text: Array.from(document.querySelectorAll('.an-plot')).map(e => e.innerText).join(' | ') })");
            Assert.Fail($"{where}: the chart was not drawn: {state}");
        }

        var bars = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.an-plot svg.main-svg .bars path').length");
        Assert.True(bars > 0, $"{where}: the chart has no bars drawn.");
    }

    private static async Task AssertTablesStyledAsync(IPage page, string outputSelector, string where)
    {
        var json = await page.EvaluateFunctionAsync<string>(
            """
            (sel) => {
              const tables = Array.from(document.querySelectorAll('table.an-table')).filter(t => t.closest(sel));
              const result = { tables: tables.length, cells: [] };
              for (const t of tables) {
                for (const td of t.querySelectorAll('tbody td')) {
                  const s = getComputedStyle(td);
                  result.cells.push({ numeric: (td.getAttribute('style') || '').includes('right'), align: s.textAlign, border: s.borderTopWidth + ' ' + s.borderTopStyle });
                }
              }
              return JSON.stringify(result);
            }
            """, outputSelector);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var rootElement = doc.RootElement;
        Assert.True(rootElement.GetProperty("tables").GetInt32() > 0, $"{where}: no table output found ({json}).");
        var cells = rootElement.GetProperty("cells").EnumerateArray().ToList();
        var text = cells.Where(c => !c.GetProperty("numeric").GetBoolean()).ToList();
        var numbers = cells.Where(c => c.GetProperty("numeric").GetBoolean()).ToList();
        Assert.NotEmpty(text);
        Assert.NotEmpty(numbers);
        Assert.All(text, c => Assert.True(c.GetProperty("align").GetString() is "left" or "start", $"{where}: a text cell is aligned {c.GetProperty("align")}"));
        Assert.All(numbers, c => Assert.Equal("right", c.GetProperty("align").GetString()));
        Assert.All(cells, c => Assert.Equal("1px solid", c.GetProperty("border").GetString()));
    }

    private static void TrackOutsideRequests(IPage page, int port, List<string> outside)
    {
        page.Request += (_, e) =>
        {
            var url = e.Request.Url;
            if (!(url.StartsWith($"http://127.0.0.1:{port}/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) ||
                  url.StartsWith("blob:", StringComparison.Ordinal) || url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("about:", StringComparison.Ordinal) ||
                  url.StartsWith($"ws://127.0.0.1:{port}/", StringComparison.Ordinal)))
            {
                lock (outside)
                {
                    outside.Add(url);
                }
            }
        };
    }

    private static async Task<IBrowser> LaunchAsync() => await Puppeteer.LaunchAsync(new LaunchOptions
    {
        ExecutablePath = Chromium,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=127.0.0.1;localhost",
        ],
        Timeout = 60_000,
    });

    private static Process StartNotebookServer(string root, string work, int port, string token)
    {
        var start = new ProcessStartInfo("/usr/bin/jupyter-notebook")
        {
            WorkingDirectory = work,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "--no-browser", "--allow-root", "--ip=127.0.0.1", $"--port={port}", $"--NotebookApp.token={token}", $"--notebook-dir={work}", "--NotebookApp.port_retries=0" })
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (name, value) in ExternalProcess.JupyterEnvironment(root))
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("jupyter-notebook did not start.");
        var log = Path.Combine(root, "notebook-server.log");
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Append(string path, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (typeof(ClassicNotebookBrowserTests))
        {
            File.AppendAllText(path, line + "\n");
        }
    }

    private static async Task WaitForServerAsync(int port, string token, Process server)
    {
        using var http = new HttpClient(new HttpClientHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(server.HasExited, "jupyter-notebook exited at start.");
            try
            {
                var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/api/status?token={token}"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(300);
        }

        Assert.Fail("jupyter-notebook did not answer within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
