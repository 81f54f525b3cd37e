using System.Text.Json;
using Analysenotater.Kernel.Tests.Jupyter;

namespace Analysenotater.Kernel.Tests.Notebooks;

/// <summary>
/// Runs every notebook once through the headless runner (<c>analysenotater run</c>, one process per folder) and once
/// through the kernel with nbclient (one script call), then keeps the per-notebook comparison report.
/// </summary>
public sealed class NotebooksThroughKernelFixture
{
    private readonly Lazy<IReadOnlyDictionary<string, (bool Ok, int Cells, string Detail)>> _report;

    public NotebooksThroughKernelFixture() => _report = new(Execute);

    public static string SmokeNotebook => Path.Combine(RepositoryPaths.TestsSource(), "Notebooks", "kernel-smoke.ipynb");

    public static IReadOnlyList<string> AllNotebooks()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "notebooks");
        var notebooks = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.ipynb", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList()
            : [];
        notebooks.Add(SmokeNotebook);
        return notebooks;
    }

    public (bool Ok, int Cells, string Detail) Result(string notebookPath)
    {
        var name = Path.GetFileName(notebookPath);
        Assert.True(_report.Value.TryGetValue(name, out var result), $"{name} was not executed. Report: {string.Join(", ", _report.Value.Keys)}");
        return result;
    }

    private static Dictionary<string, (bool, int, string)> Execute()
    {
        var root = Directory.CreateTempSubdirectory("kernel-notebooks-").FullName;
        CSharpKernelFixture.InstallWithCli(root);
        var runnerDir = Path.Combine(root, "runner");
        var notebooks = AllNotebooks();
        foreach (var folder in notebooks.Select(Path.GetDirectoryName).Distinct(StringComparer.Ordinal))
        {
            // Exit code 1 when a notebook fails: the comparison below reports it per notebook, with the runner's error.
            var (exit, output) = ExternalProcess.Run(DotnetHost.Path, [RepositoryPaths.CliDll, "run", folder!, "--output", runnerDir, "--format", "ipynb", "--allow-errors"], RepositoryPaths.Root, new Dictionary<string, string>(), TimeSpan.FromMinutes(20));
            Assert.True(exit is 0 or 1, $"The headless runner could not run {folder} ({exit}):\n{output}");
        }

        var reportPath = Path.Combine(root, "report.json");
        var script = Path.Combine(AppContext.BaseDirectory, "Notebooks", "execute_notebooks.py");
        var (scriptExit, scriptOutput) = ExternalProcess.Run(
            ExternalProcess.Python,
            [script, "--kernel", ".net-csharp", "--output", Path.Combine(root, "kernel"), "--runner", runnerDir, "--report", reportPath, .. notebooks],
            root,
            ExternalProcess.JupyterEnvironment(root),
            TimeSpan.FromMinutes(30));
        Assert.True(scriptExit == 0 && File.Exists(reportPath), $"nbclient did not run ({scriptExit}):\n{scriptOutput}");
        using var report = JsonDocument.Parse(File.ReadAllText(reportPath));
        return report.RootElement.EnumerateObject().ToDictionary(
            entry => entry.Name,
            entry => (entry.Value.GetProperty("ok").GetBoolean(), entry.Value.GetProperty("cells").GetInt32(), entry.Value.GetProperty("detail").GetString() ?? string.Empty),
            StringComparer.Ordinal);
    }
}
