using Analysenotater.Cli;

namespace Analysenotater.Notebooks.Tests.Html;

/// <summary>Opens a written HTML file in Debian's headless chromium, offline, and checks that plotly drew the chart.</summary>
public sealed class ChromiumRenderTests
{
    [Fact]
    public async Task Exported_html_draws_the_chart_offline_in_headless_chromium()
    {
        const string chromium = "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), "chromium is needed for this test (.ci/run installs the Debian package 'chromium').");
        var dir = TestFiles.NewScratchFolder();
        using (var stdout = new StringWriter())
        using (var stderr = new StringWriter())
        {
            var code = await CommandLine.RunAsync(["run", TestFiles.Fixture("basics.ipynb"), "--output", dir, "--format", "html"], stdout, stderr);
            Assert.True(code == 0, stderr.ToString());
        }

        var html = Path.Combine(dir, "basics.html");
        var (exit, dom) = TestFiles.RunProcess(chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--user-data-dir=" + Path.Combine(dir, "profile"), "--virtual-time-budget=15000", "--dump-dom",
            new Uri(html).AbsoluteUri,
        ], TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, dom.Length > 2000 ? dom[^2000..] : dom);
        Assert.Contains("class=\"main-svg\"", dom, StringComparison.Ordinal);
        Assert.Contains("class=\"an-table\"", dom, StringComparison.Ordinal);
    }
}
