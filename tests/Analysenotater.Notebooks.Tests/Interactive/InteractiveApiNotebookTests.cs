using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Running;

namespace Analysenotater.Notebooks.Tests.Interactive;

/// <summary>
/// Fixtures/dotnet-interactive-api.ipynb calls every piece of the .NET Interactive API the engine provides; each cell's
/// stored output is checked here (display handles, Formatter, HTML helpers, input, magics, value sharing, clear_output).
/// </summary>
public sealed class InteractiveApiNotebookTests
{
    private static readonly Lazy<Task<NotebookRunResult>> Run = new(() => NotebookRunner.RunAsync(
        NotebookFile.Read(TestFiles.Fixture("dotnet-interactive-api.ipynb")),
        new NotebookRunOptions { BaseDirectory = Path.GetDirectoryName(TestFiles.Fixture("dotnet-interactive-api.ipynb"))!, NotebookName = "dotnet-interactive-api.ipynb", PackageSources = [] },
        CancellationToken.None));

    private static async Task<IReadOnlyList<CellOutput>> Outputs(int codeCell)
    {
        var result = await Run.Value;
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return result.Notebook.Cells.Where(c => c.Kind == NotebookCellKind.Code).ElementAt(codeCell - 1).Outputs;
    }

    private static string Mime(CellOutput o, string mime) => o.Bundle is { } b && b.Data.TryGetValue(mime, out var v) ? v : "";

    [Fact]
    public async Task Display_handle_update_replaces_the_output()
    {
        var o = Assert.Single(await Outputs(1));
        Assert.Equal("andre", o.Bundle!.Text);
    }

    [Fact]
    public async Task Display_extension_with_and_without_mime_types()
    {
        var o = await Outputs(2);
        Assert.Equal(2, o.Count);
        Assert.Equal("tekst", o[0].Bundle!.Text);
        Assert.Equal("42", Mime(o[1], "text/plain"));
        Assert.False(o[1].Bundle!.Data.ContainsKey("text/html"));
    }

    [Fact]
    public async Task Formatter_Register_and_preferred_mime_types_are_used()
    {
        Assert.Equal("<b>Kari</b>", Mime(Assert.Single(await Outputs(3)), "text/html"));
        var sted = Assert.Single(await Outputs(4));
        Assert.Equal("Sted: Bodø", Mime(sted, "text/plain"));
        Assert.False(sted.Bundle!.Data.ContainsKey("text/html"));
    }

    [Fact]
    public async Task HTML_Javascript_Markdown_and_LaTeX()
    {
        Assert.Equal("<em>hei</em>", Mime(Assert.Single(await Outputs(5)), "text/html"));
        Assert.Contains("<script type=\"text/javascript\">", Mime(Assert.Single(await Outputs(6)), "text/html"), StringComparison.Ordinal);
        var md = Assert.Single(await Outputs(7));
        Assert.Equal("**fet** tekst", Mime(md, "text/markdown"));
        Assert.Contains("<strong>fet</strong>", Mime(md, "text/html"), StringComparison.Ordinal);
        Assert.Equal(@"\alpha + \beta", Mime(Assert.Single(await Outputs(8)), "text/latex").Trim('$'));
    }

    [Fact]
    public async Task PocketView_helpers_and_DisplayTable()
    {
        Assert.Equal("<div><span>a</span><b>fet</b><table><tr><td>1</td><td>2</td></tr></table></div>", Mime(Assert.Single(await Outputs(9)), "text/html"));
        var table = Mime(Assert.Single(await Outputs(10)), "text/html");
        Assert.Contains("Bergen", table, StringComparison.Ordinal);
        Assert.StartsWith("<div class=\"an-out\"><style>", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_and_password_without_a_frontend()
    {
        Assert.Equal("ingen inndata", Assert.Single(await Outputs(11)).Bundle!.Text);
        Assert.Equal("ingen", Assert.Single(await Outputs(12)).Bundle!.Text);
    }

    [Fact]
    public async Task Time_and_about_magics()
    {
        var time = string.Concat((await Outputs(13)).Select(o => o.Text));
        Assert.Matches(@"^5050\nWall time: [0-9.]+ms\n$", time);
        Assert.Contains("Analysenotater", Mime(Assert.Single(await Outputs(14)), "text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_html_and_javascript_cells_are_rendered()
    {
        Assert.Contains("<h2", Mime(Assert.Single(await Outputs(15)), "text/html"), StringComparison.Ordinal);
        Assert.Equal("<p class=\"fra-html\">hei fra HTML</p>", Mime(Assert.Single(await Outputs(16)), "text/html").Trim());
        Assert.Contains("console.log(\"hei fra JavaScript\");", Mime(Assert.Single(await Outputs(17)), "text/html"), StringComparison.Ordinal);
        var result = await Run.Value;
        var markdownCell = result.Notebook.Cells.Single(c => c.Source.Contains("*kursiv*", StringComparison.Ordinal));
        Assert.True(markdownCell.Kind == NotebookCellKind.Markdown || Mime(Assert.Single(markdownCell.Outputs), "text/html").Contains("<em>kursiv</em>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Value_set_and_share()
    {
        Assert.Empty(await Outputs(18));
        Assert.Equal("HALLO FRA EN VERDICELLE", Assert.Single(await Outputs(19)).Bundle!.Text.Trim());
        Assert.Equal("10", Assert.Single(await Outputs(20)).Bundle!.Text);
        Assert.Equal("6", Assert.Single(await Outputs(21)).Bundle!.Text);
        Assert.Equal("Hallo fra en verdicelle".Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(await Outputs(22)).Bundle!.Text);
    }

    [Fact]
    public async Task ClearOutput_keeps_only_what_follows()
    {
        Assert.Equal("steg 2\n", Assert.Single(await Outputs(23)).Text);
    }
}
