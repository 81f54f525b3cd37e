using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Running;

namespace Analysenotater.Notebooks.Tests.Running;

/// <summary>The getting-started notebook the README points to runs from the repository as shipped.</summary>
public sealed class BundledNotebookTests
{
    [Fact]
    public async Task Getting_started_notebook_runs_and_shows_table_and_chart()
    {
        var path = Path.Combine(TestFiles.RepositoryRoot, "notebooks", "00-kom-i-gang.ipynb");
        var result = await NotebookRunner.RunAsync(NotebookFile.Read(path), new NotebookRunOptions
        {
            BaseDirectory = Path.GetDirectoryName(path)!,
            NotebookName = "00-kom-i-gang.ipynb",
        }, CancellationToken.None);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var outputs = result.Notebook.Cells.SelectMany(c => c.Outputs).ToList();
        // n counted here from the file itself (data lines of the bundled CSV), not taken from the report.
        var n = File.ReadLines(Path.Combine(TestFiles.RepositoryRoot, "data-samples", "korus-2017", "korus-2017-synthetic.csv")).Skip(1).Count(l => l.Length > 0);
        Assert.Contains(outputs, o => (o.Text ?? o.Bundle?.Text)?.Contains($"{n} respondenter", StringComparison.Ordinal) == true);
        Assert.Contains(outputs, o => o.Bundle?.Data.TryGetValue("text/html", out var html) == true && html.Contains("<caption>", StringComparison.Ordinal) && html.Contains("Liten", StringComparison.Ordinal));
        Assert.Contains(outputs, o => o.Bundle?.Data.ContainsKey("application/vnd.plotly.v1+json") == true);
        var written = Path.Combine(TestFiles.NewScratchFolder(), "00-kom-i-gang.ipynb");
        NotebookFile.Write(written, result.Notebook);
        TestFiles.AssertValidNbformat(written);
    }
}
