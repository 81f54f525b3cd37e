using System.Text.Json;
using Analysenotater.Kernel.Tests.Jupyter;

namespace Analysenotater.Kernel.Tests.Notebooks;

/// <summary>
/// Every notebook in notebooks/ (plus this folder's kernel-smoke.ipynb) executed through the C# kernel by nbclient,
/// failing on any cell error, with each code cell's stdout, stderr and execute_result text/plain compared with what
/// the headless runner (<c>analysenotater run</c>) produced for the same notebook.
/// </summary>
[Trait("Category", "Jupyter")]
public sealed class KernelNotebookTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        var folder = Path.Combine(RepositoryPaths.Root, "notebooks");
        if (Directory.Exists(folder))
        {
            foreach (var notebook in Directory.EnumerateFiles(folder, "*.ipynb", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(RepositoryPaths.Root, notebook));
            }
        }

        data.Add(Path.GetRelativePath(RepositoryPaths.Root, Path.Combine(RepositoryPaths.TestsSource(), "Notebooks", "kernel-smoke.ipynb")));
        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void NotebookRunsThroughTheKernelLikeTheHeadlessRunner(string notebook)
    {
        var report = Execute(notebook);
        Assert.True(report.Ok, $"{notebook}:\n{report.Detail}");
        Assert.True(report.Cells > 0, $"{notebook} has no code cells");
    }

    [Fact]
    public void SmokeNotebookGivesTheHandComputedValues()
    {
        // 40 + 2 = 42; 1 + 2 + … + 100 = 100·101/2 = 5050.
        var report = Execute(Path.Combine("tests", "Analysenotater.Kernel.Tests", "Notebooks", "kernel-smoke.ipynb"));
        Assert.True(report.Ok, report.Detail);
        using var cells = JsonDocument.Parse(report.Detail);
        var list = cells.RootElement.EnumerateArray().ToList();
        Assert.Equal("hei fra kjernen\n", list[1].GetProperty("stdout").GetString());
        Assert.Equal("42", list[1].GetProperty("results")[0].GetString());
        Assert.Equal("5050", list[2].GetProperty("results")[0].GetString());
        Assert.Equal("advarsel\n", list[3].GetProperty("stderr").GetString());
    }

    private static (bool Ok, int Cells, string Detail) Execute(string relativeNotebook)
    {
        var notebook = Path.Combine(RepositoryPaths.Root, relativeNotebook);
        var root = Directory.CreateTempSubdirectory("kernel-notebooks-").FullName;
        CSharpKernelFixture.InstallWithCli(root);

        var runnerDir = Path.Combine(root, "runner");
        var (runExit, runOutput) = ExternalProcess.Run(DotnetHost.Path, [RepositoryPaths.CliDll, "run", notebook, "--output", runnerDir, "--format", "ipynb"], RepositoryPaths.Root, new Dictionary<string, string>(), TimeSpan.FromMinutes(10));
        Assert.True(runExit == 0, $"The headless runner failed on {relativeNotebook} ({runExit}):\n{runOutput}");

        var reportPath = Path.Combine(root, "report.json");
        var script = Path.Combine(AppContext.BaseDirectory, "Notebooks", "execute_notebooks.py");
        var (exit, output) = ExternalProcess.Run(
            ExternalProcess.Python,
            [script, "--kernel", ".net-csharp", "--output", Path.Combine(root, "kernel"), "--runner", runnerDir, "--report", reportPath, notebook],
            root,
            ExternalProcess.JupyterEnvironment(root),
            TimeSpan.FromMinutes(15));
        Assert.True(exit == 0 && File.Exists(reportPath), $"nbclient did not run ({exit}):\n{output}");
        using var report = JsonDocument.Parse(File.ReadAllText(reportPath));
        var entry = report.RootElement.GetProperty(Path.GetFileName(notebook));
        return (entry.GetProperty("ok").GetBoolean(), entry.GetProperty("cells").GetInt32(), entry.GetProperty("detail").GetString() ?? string.Empty);
    }
}
