using System.Diagnostics;
using System.Globalization;

namespace Analysenotater.Kernel.Hosting;

/// <summary>
/// Opt-in timing of the kernel's start-up, for profiling: with <c>ANALYSENOTATER_STARTUP_TRACE=&lt;file&gt;</c> the
/// supervisor and the worker append one line per phase to that file (<c>&lt;pid&gt; &lt;role&gt; &lt;phase&gt;
/// +&lt;ms since the process started&gt; cpu &lt;ms of CPU so far&gt;</c>). Without the variable nothing is written and
/// each mark costs one field read. Thread-safe (appends are serialised).
/// </summary>
public static class StartupTrace
{
    private static readonly string? Path = Environment.GetEnvironmentVariable("ANALYSENOTATER_STARTUP_TRACE") is { Length: > 0 } p ? p : null;
    private static readonly Lock Gate = new();

    /// <summary>Whether tracing is on (the variable is set).</summary>
    public static bool Enabled => Path is not null;

    /// <summary>Appends a line for <paramref name="phase"/> of <paramref name="role"/> ("supervisor" or "worker") when tracing is on.</summary>
    /// <param name="role">Which process.</param>
    /// <param name="phase">What has just finished.</param>
    public static void Mark(string role, string phase)
    {
        if (Path is null)
        {
            return;
        }

        using var process = Process.GetCurrentProcess();
        var sinceStart = (DateTime.Now - process.StartTime).TotalMilliseconds;
        var line = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {role} {phase} +{sinceStart:0} ms cpu {process.TotalProcessorTime.TotalMilliseconds:0} ms\n");
        lock (Gate)
        {
            try
            {
                File.AppendAllText(Path, line);
            }
            catch (IOException)
            {
                // Profiling only: a trace that cannot be written is skipped.
            }
            catch (UnauthorizedAccessException)
            {
                // Same.
            }
        }
    }
}
