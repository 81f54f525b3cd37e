using Analysenotater.Cli;

namespace Analysenotater.Notebooks.Tests.Html;

/// <summary>
/// Opens written HTML files in Debian's headless chromium, offline, and checks that plotly drew the charts.
/// Chromium is required, never skipped: .ci/run installs the Debian package 'chromium'.
/// </summary>
public sealed class ChromiumRenderTests
{
    private static string Chromium => Analysenotater.Tests.Shared.ExternalTool.Chromium;

    [Fact]
    public async Task Exported_html_draws_the_chart_offline_in_headless_chromium()
    {
        var dir = TestFiles.NewScratchFolder();
        var html = await RunToHtml(TestFiles.Fixture("basics.ipynb"), dir);
        var dom = DumpDom(html, dir);
        Assert.Contains("class=\"main-svg\"", dom, StringComparison.Ordinal);
        Assert.Contains("class=\"an-table\"", dom, StringComparison.Ordinal);
    }

    /// <summary>
    /// The two charts issue 10 names: the stacked Likert chart of notebook 02 (plotly bar traces) and the coefficient plot of
    /// notebook 05 (scatter points with error bars). The HTML is run from the repository's notebooks/ folder through the CLI.
    /// </summary>
    [Theory]
    [InlineData("02-frekvenser-og-nokkeltall.ipynb", new[] { "class=\"trace bars\"", "class=\"points\"" })]
    [InlineData("05-regresjon.ipynb", new[] { "class=\"trace scatter", "class=\"errorbars\"", "class=\"points\"" })]
    public async Task Notebook_html_draws_its_charts_offline_in_headless_chromium(string notebook, string[] drawn)
    {
        var dir = TestFiles.NewScratchFolder();
        var html = await RunToHtml(Path.Combine(TestFiles.RepositoryRoot, "notebooks", notebook), dir);
        var source = await File.ReadAllTextAsync(html);
        Assert.DoesNotContain("<script src=\"http", source, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cdn.plot.ly", source, StringComparison.OrdinalIgnoreCase);

        var dom = DumpDom(html, dir);
        Assert.True(dom.Contains("class=\"main-svg\"", StringComparison.Ordinal), $"{notebook}: no plotly SVG in the rendered DOM (chart not drawn)");
        foreach (var marker in drawn)
        {
            Assert.True(dom.Contains(marker, StringComparison.Ordinal), $"{notebook}: the rendered DOM lacks {marker} (chart traces not drawn)");
        }
    }

    private static async Task<string> RunToHtml(string notebook, string outputDir)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(["run", notebook, "--output", outputDir, "--format", "html"], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        var html = Path.Combine(outputDir, Path.GetFileNameWithoutExtension(notebook) + ".html");
        Assert.True(File.Exists(html), "the run wrote no HTML: " + html);
        return html;
    }

    /// <summary>
    /// Dumps the DOM after scripts ran. All network is cut: besides the flags that stop chromium's own background traffic,
    /// every request goes to a proxy on a closed local port, so a chart that needs a CDN is not drawn.
    /// </summary>
    private static string DumpDom(string html, string scratch)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: these tests need Debian's 'chromium' package (.ci/run installs it: apt-get install chromium).");
        var (exit, dom) = TestFiles.RunProcess(Chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--proxy-server=http://127.0.0.1:9", "--user-data-dir=" + Path.Combine(scratch, "profile"),
            "--virtual-time-budget=10000", "--dump-dom", new Uri(html).AbsoluteUri,
        ], TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, dom.Length > 2000 ? dom[^2000..] : dom);
        return dom;
    }
}
