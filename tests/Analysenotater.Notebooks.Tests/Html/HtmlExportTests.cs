using System.Text.RegularExpressions;
using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Html;
using Analysenotater.Notebooks.Running;

namespace Analysenotater.Notebooks.Tests.Html;

public sealed class HtmlExportTests
{
    private static async Task<Notebook> ExecutedChartsNotebook()
    {
        var nb = new Notebook(
        [
            NotebookCell.Markdown("# To figurer\n\n| a | b |\n|---|---|\n| 1 | 2 |"),
            NotebookCell.Code("display(Chart.Column<double, string, string>(new[] { 1.0, 2.0 }, new[] { \"a\", \"b\" }));\nChart.Line<double, double, string>(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 })"),
            NotebookCell.Code("Console.WriteLine(\"<ikke html>\");"),
        ]);
        var result = await NotebookRunner.RunAsync(nb, new NotebookRunOptions { BaseDirectory = AppContext.BaseDirectory }, CancellationToken.None);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return result.Notebook;
    }

    [Fact]
    public async Task Plotly_is_inlined_exactly_once_shielded_from_require_and_nothing_remote_is_referenced()
    {
        var notebook = await ExecutedChartsNotebook();
        var html = HtmlExporter.Export(notebook, "To figurer");
        Assert.Equal(1, Regex.Count(html, Regex.Escape("plotly.js v2.28.0")));
        Assert.Equal(2, Regex.Count(html, "Plotly\\.newPlot\\('an-plot-"));
        Assert.Contains("window.define = undefined;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;ikke html&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);

        var ipynb = IpynbWriter.Serialize(notebook);
        Assert.DoesNotContain("cdn", ipynb, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", ipynb, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Without_charts_no_plotly_is_included()
    {
        var html = HtmlExporter.Export(new Notebook([NotebookCell.Markdown("# Bare tekst")]), "Bare tekst");
        Assert.DoesNotContain("plotly.js", html, StringComparison.Ordinal);
        Assert.True(html.Length < 10_000);
    }

    [Fact]
    public void Plotly_script_is_the_copy_shipped_in_Plotly_NET_with_only_urls_escaped()
    {
        using var stream = typeof(Plotly.NET.GenericChart).Assembly.GetManifestResourceStream(PlotlyScript.ResourceName)!;
        var original = new StreamReader(stream).ReadToEnd();
        Assert.StartsWith("/**\n* plotly.js v2.28.0", original, StringComparison.Ordinal);
        var unescaped = PlotlyScript.Text.Replace("\\/", "/", StringComparison.Ordinal).Replace("c\\x64n", "cdn", StringComparison.Ordinal);
        Assert.Equal(original.Replace("\\/", "/", StringComparison.Ordinal), unescaped);
    }
}
