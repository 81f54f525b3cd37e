namespace Analysenotater.Kernel.Worker;

/// <summary>How a worker process ended. Immutable.</summary>
/// <param name="ExitCode">The exit code (128 + signal for a signal on Unix), or null when unknown.</param>
/// <param name="StderrTail">The last lines the worker wrote to standard error (a stack overflow's message is there).</param>
internal sealed record WorkerExit(int? ExitCode, IReadOnlyList<string> StderrTail)
{
    /// <summary>A short bokmål description of why the worker ended, for the cell's error message.</summary>
    public string Describe()
    {
        if (StderrTail.Any(line => line.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase)))
        {
            return "stakkoverflyt (Stack overflow: for dyp rekursjon)";
        }

        if (StderrTail.Any(line => line.Contains("OutOfMemory", StringComparison.Ordinal) || line.Contains("Out of memory", StringComparison.OrdinalIgnoreCase)))
        {
            return $"tom for minne (out of memory), avslutningskode {ExitCode}";
        }

        return ExitCode switch
        {
            null => "ukjent avslutningskode",
            134 => "avbrutt med signal 6 (SIGABRT, kode 134)",
            137 => "drept med signal 9 (SIGKILL, kode 137; ofte tom for minne)",
            139 => "minnefeil, signal 11 (SIGSEGV, kode 139)",
            var code => $"avsluttet med kode {code}, f.eks. Environment.Exit({code})",
        };
    }
}
