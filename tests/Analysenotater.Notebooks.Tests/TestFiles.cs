using System.Diagnostics;

namespace Analysenotater.Notebooks.Tests;

/// <summary>Fixture paths, scratch folders and the external validators (nbformat via /usr/bin/python3).</summary>
internal static class TestFiles
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analysenotater.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Analysenotater.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string NewScratchFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "analysenotater-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Validates a written notebook against the nbformat 4 JSON schema with the Jupyter project's own validator.</summary>
    public static void AssertValidNbformat(string path)
    {
        var (code, output) = RunProcess("/usr/bin/python3", ["-c", "import nbformat, sys; nbformat.validate(nbformat.read(sys.argv[1], 4)); print('valid')", path], TimeSpan.FromSeconds(60));
        Assert.True(code == 0 && output.Contains("valid", StringComparison.Ordinal), $"nbformat rejected {path}:\n{output}");
    }

    public static (int ExitCode, string Output) RunProcess(string file, IEnumerable<string> args, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + file);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout}");
        }

        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
