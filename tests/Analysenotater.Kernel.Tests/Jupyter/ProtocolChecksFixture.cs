using System.Text.Json;

namespace Analysenotater.Kernel.Tests.Jupyter;

/// <summary>
/// Runs kernel_protocol_checks.py once against a kernel installed in a temporary Jupyter prefix and keeps the
/// per-check results, so each check is its own test.
/// </summary>
public abstract class ProtocolChecksFixture
{
    /// <summary>The checks kernel_protocol_checks.py runs against every kernel profile (one test case each).</summary>
    public static TheoryData<string> Checks { get; } =
    [
        "kernelspec", "kernel_info", "heartbeat", "execute_state", "stdout", "display_html", "error_reply", "complete",
        "inspect", "is_complete", "interrupt_message", "interrupt_signal", "forged_signature", "comm_and_history",
        "restart", "shutdown",
    ];

    private readonly Lazy<IReadOnlyDictionary<string, (bool Ok, string Detail)>> _results;

    protected ProtocolChecksFixture(string profile, string kernelName)
        : this("kernel_protocol_checks.py", ["--kernel", kernelName, "--profile", profile])
    {
    }

    /// <summary>Runs another check script of this folder (same result format) with the given arguments.</summary>
    protected ProtocolChecksFixture(string script, IReadOnlyList<string> arguments)
    {
        Root = Directory.CreateTempSubdirectory("kernel-protocol-").FullName;
        _results = new Lazy<IReadOnlyDictionary<string, (bool, string)>>(() => RunChecks(script, arguments));
    }

    public string Root { get; }

    public string LogPath => Path.Combine(Root, "kernel.log");

    /// <summary>Installs the kernelspec under <see cref="Root"/>/share/jupyter (called once, before the checks run).</summary>
    protected abstract void InstallKernelSpec(string prefix);

    public void AssertPassed(string check)
    {
        Assert.True(_results.Value.TryGetValue(check, out var result), $"Check '{check}' did not run. Results: {string.Join(", ", _results.Value.Keys)}");
        Assert.True(result.Ok, $"{check} failed:\n{result.Detail}\nKernel log ({LogPath}):\n{ReadLog()}");
    }

    private string ReadLog() => File.Exists(LogPath) ? File.ReadAllText(LogPath) : "(none)";

    private Dictionary<string, (bool, string)> RunChecks(string scriptName, IReadOnlyList<string> arguments)
    {
        InstallKernelSpec(Root);
        var output = Path.Combine(Root, "results.json");
        var script = Path.Combine(AppContext.BaseDirectory, "Jupyter", scriptName);
        var (exitCode, text) = ExternalProcess.Run(
            ExternalProcess.Python,
            [script, .. arguments, "--output", output, "--log", LogPath],
            Root,
            ExternalProcess.JupyterEnvironment(Root),
            TimeSpan.FromMinutes(5));
        Assert.True(exitCode == 0 && File.Exists(output), $"The protocol checks did not run (exit {exitCode}):\n{text}");
        using var document = JsonDocument.Parse(File.ReadAllText(output));
        var results = new Dictionary<string, (bool, string)>(StringComparer.Ordinal);
        foreach (var check in document.RootElement.EnumerateObject())
        {
            results[check.Name] = (check.Value.GetProperty("ok").GetBoolean(), check.Value.GetProperty("detail").GetString() ?? string.Empty);
        }

        Assert.False(results.ContainsKey("_startup"), $"The kernel did not start:\n{(results.TryGetValue("_startup", out var s) ? s.Item2 : string.Empty)}\n{ReadLog()}");
        return results;
    }
}
