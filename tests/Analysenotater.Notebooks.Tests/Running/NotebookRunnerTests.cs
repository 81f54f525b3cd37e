using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Running;

namespace Analysenotater.Notebooks.Tests.Running;

public sealed class NotebookRunnerTests
{
    private static Task<NotebookRunResult> Run(string fixture, bool allowErrors = false, Dictionary<string, string>? parameters = null) =>
        NotebookRunner.RunAsync(NotebookFile.Read(TestFiles.Fixture(fixture)), new NotebookRunOptions
        {
            BaseDirectory = Path.GetDirectoryName(TestFiles.Fixture(fixture))!,
            NotebookName = fixture,
            AllowErrors = allowErrors,
            Parameters = parameters ?? [],
        }, CancellationToken.None);

    [Fact]
    public async Task Basics_keeps_state_prints_displays_a_table_and_returns_a_chart()
    {
        var result = await Run("basics.ipynb");
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var cells = result.Notebook.Cells;
        Assert.Equal([null, 1, 2, 3, 4, 5, 6], cells.Select(c => c.ExecutionCount));
        Assert.Equal("n = 3, kvadrat = 9\n", Assert.Single(cells[3].Outputs).Text);
        var table = Assert.Single(cells[4].Outputs);
        Assert.Equal(CellOutputKind.DisplayData, table.Kind);
        Assert.Contains("<caption>Svar etter kj&#248;nn</caption>", table.Bundle!.Data["text/html"], StringComparison.Ordinal);
        Assert.Contains("62,5", table.Bundle.Data["text/plain"], StringComparison.Ordinal);
        var chart = Assert.Single(cells[5].Outputs);
        Assert.Equal(CellOutputKind.ExecuteResult, chart.Kind);
        Assert.Equal(5, chart.ExecutionCount);
        Assert.Contains("\"type\":\"bar\"", chart.Bundle!.Data["application/vnd.plotly.v1+json"], StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot", chart.Bundle.Data["text/html"], StringComparison.Ordinal);
        Assert.Equal("Trondheim|5|0.5|False", Assert.Single(cells[6].Outputs).Bundle!.Text);
    }

    [Fact]
    public async Task Parameters_are_injected_and_used()
    {
        var result = await Run("basics.ipynb", parameters: new() { ["kommune"] = "Bodø", ["terskel"] = "0.25" });
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal(8, result.Notebook.Cells.Count);
        Assert.Equal("Bodø|5|0.25|False", result.Notebook.Cells[^1].Outputs.Single().Bundle!.Text);
    }

    [Fact]
    public async Task Compile_error_stops_the_run_and_names_cell_and_line()
    {
        var result = await Run("compile-error.ipynb");
        Assert.False(result.Success);
        Assert.Equal("compile-error.ipynb (cell 2, line 2): CS0103: The name 'ukjent' does not exist in the current context", Assert.Single(result.Errors));
        var cells = result.Notebook.Cells;
        Assert.Equal(CellOutputKind.Error, Assert.Single(cells[1].Outputs).Kind);
        Assert.Null(cells[2].ExecutionCount);
        Assert.Empty(cells[2].Outputs);
    }

    [Fact]
    public async Task Allow_errors_goes_on_after_a_runtime_error()
    {
        var result = await Run("runtime-error.ipynb", allowErrors: true);
        Assert.False(result.Success);
        Assert.Equal("runtime-error.ipynb (cell 1, line 3): Sequence contains no elements", Assert.Single(result.Errors));
        var first = result.Notebook.Cells[1].Outputs;
        Assert.Equal("før\n", first[0].Text);
        Assert.Equal("InvalidOperationException", first[1].ErrorName);
        Assert.Equal("etter feilen\n", Assert.Single(result.Notebook.Cells[2].Outputs).Text);
    }

    [Fact]
    public async Task Written_executed_notebooks_validate_against_nbformat()
    {
        var dir = TestFiles.NewScratchFolder();
        foreach (var fixture in new[] { "basics.ipynb", "runtime-error.ipynb", "polyglot.dib" })
        {
            var result = await Run(fixture, allowErrors: true);
            var path = Path.Combine(dir, Path.GetFileNameWithoutExtension(fixture) + ".ipynb");
            NotebookFile.Write(path, result.Notebook);
            TestFiles.AssertValidNbformat(path);
        }
    }
}
