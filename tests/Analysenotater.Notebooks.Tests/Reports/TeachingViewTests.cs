using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Running;

namespace Analysenotater.Notebooks.Tests.Reports;

/// <summary>Notebook 05's teaching view: all six models, and the M6 case a teacher needs (municipality size significant with OLS only).</summary>
public sealed class TeachingViewTests
{
    [Fact]
    public async Task All_six_models_are_compared_and_the_M6_municipality_size_change_is_marked()
    {
        var path = Path.Combine(TestFiles.RepositoryRoot, "notebooks", "05-regresjon.ipynb");
        var result = await NotebookRunner.RunAsync(NotebookFile.Read(path), new NotebookRunOptions { BaseDirectory = Path.GetDirectoryName(path)!, NotebookName = "05-regresjon.ipynb" }, CancellationToken.None);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var html = result.Notebook.Cells.Single(c => c.Id == "05-09-alle-kode").Outputs.Single().Bundle!.Data["text/html"];
        var text = System.Net.WebUtility.HtmlDecode(html);
        foreach (var model in new[] { "M1 samlet", "M2 praktisk", "M3 tilfredsstillende", "M4 samlet + størrelse", "M5 praktisk + størrelse", "M6 tilfredsstillende + størrelse" })
        {
            Assert.Contains(model, text, StringComparison.Ordinal);
        }

        // M6, kommunestørrelse: p = 0,012 (OLS), 0,081 (CR2), 0,309 (design-based) on the bundled data.
        var row = text.Split("<tr>").Single(r => r.Contains("M6 tilfredsstillende + størrelse", StringComparison.Ordinal) && r.Contains(">Kommunestørrelse<", StringComparison.Ordinal));
        Assert.Contains(">0,012<", row, StringComparison.Ordinal);
        Assert.Contains(">0,081<", row, StringComparison.Ordinal);
        Assert.Contains(">0,309<", row, StringComparison.Ordinal);
        Assert.Contains("◆ skifter", row, StringComparison.Ordinal);
        Assert.Contains("M6 tilfredsstillende + størrelse: Kommunestørrelse", text, StringComparison.Ordinal);
        var m4 = text.Split("<tr>").Single(r => r.Contains("M4 samlet + størrelse", StringComparison.Ordinal) && r.Contains(">Kommunestørrelse<", StringComparison.Ordinal));
        Assert.DoesNotContain("◆", m4, StringComparison.Ordinal);
    }
}
