using System.Diagnostics;

namespace Analysenotater.Kernel.Tests.Jupyter;

/// <summary>Runs a program to completion and captures its output (for the Python-driven protocol tests).</summary>
internal static class ExternalProcess
{
    public static string Python => Analysenotater.Tests.Shared.ExternalTool.Python;

    public static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>The environment that keeps Jupyter's state in <paramref name="root"/> (no global kernelspecs or runtime files).</summary>
    public static Dictionary<string, string> JupyterEnvironment(string root) => new()
    {
        ["JUPYTER_PATH"] = Path.Combine(root, "share", "jupyter"),
        ["JUPYTER_RUNTIME_DIR"] = Path.Combine(root, "runtime"),
        ["JUPYTER_DATA_DIR"] = Path.Combine(root, "data"),
        ["JUPYTER_CONFIG_DIR"] = Path.Combine(root, "config"),
        ["JUPYTER_PLATFORM_DIRS"] = "1",
        ["IPYTHONDIR"] = Path.Combine(root, "ipython"),
    };
}
