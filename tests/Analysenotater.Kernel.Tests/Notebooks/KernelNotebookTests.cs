using System.Text.Json;
using Analysenotater.Kernel.Tests.Jupyter;

namespace Analysenotater.Kernel.Tests.Notebooks;

/// <summary>
/// Every notebook in notebooks/ (plus this folder's kernel-smoke.ipynb) executed through the C# kernel by nbclient,
/// failing on any cell error, with each code cell's stdout, stderr and execute_result text/plain compared with what
/// the headless runner (<c>analysenotater run</c>) produced for the same notebook.
/// </summary>
[Trait("Category", "Jupyter")]
public sealed class KernelNotebookTests(NotebooksThroughKernelFixture fixture) : IClassFixture<NotebooksThroughKernelFixture>
{
    public static TheoryData<string> Notebooks()
        => new(NotebooksThroughKernelFixture.AllNotebooks().Select(path => Path.GetRelativePath(RepositoryPaths.Root, path)));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_runs_through_the_kernel_like_the_headless_runner(string notebook)
    {
        var (ok, cells, detail) = fixture.Result(notebook);
        Assert.True(ok, $"{notebook}:\n{detail}");
        Assert.True(cells > 0, $"{notebook} has no code cells");
    }

    [Fact]
    public void Smoke_notebook_gives_the_hand_computed_values()
    {
        // 40 + 2 = 42; 1 + 2 + … + 100 = 100·101/2 = 5050.
        var (ok, _, detail) = fixture.Result(NotebooksThroughKernelFixture.SmokeNotebook);
        Assert.True(ok, detail);
        using var cells = JsonDocument.Parse(detail);
        var list = cells.RootElement.EnumerateArray().ToList();
        Assert.Equal("hei fra kjernen\n", list[1].GetProperty("stdout").GetString());
        Assert.Equal("42", list[1].GetProperty("results")[0].GetString());
        Assert.Equal("5050", list[2].GetProperty("results")[0].GetString());
        Assert.Equal("advarsel\n", list[3].GetProperty("stderr").GetString());
    }
}
