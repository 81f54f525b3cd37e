using System.Diagnostics;

namespace Analysenotater.Tests.Spss;

/// <summary>Runs GNU PSPP (pspp, pspp-convert) as an independent reader; fails the test when PSPP is missing or fails.</summary>
internal static class PsppRunner
{
    public static string Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(Shared.ExternalTool.Require(program, "pspp"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {program}; install the Debian package pspp.");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within 120 s.");
        }

        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {p.ExitCode}: {stderr.Result}\n{stdout.Result}");
        }

        return stdout.Result + stderr.Result;
    }

    /// <summary>Reads <paramref name="savPath"/> with PSPP: returns (dictionary CSV, data CSV, PSPP's messages).</summary>
    public static (string Dictionary, string Data, string Messages) ReadBack(string savPath)
    {
        var dir = Path.GetDirectoryName(savPath)!;
        var script = File.ReadAllText(Path.Combine(SpssTestFiles.Dir, "..", "Readback", "readback.sps")).Replace("@FILE@", savPath, StringComparison.Ordinal);
        var sps = Path.Combine(dir, "readback.sps");
        File.WriteAllText(sps, script);
        var dictCsv = Path.Combine(dir, "dictionary.csv");
        var dataCsv = Path.Combine(dir, "data.csv");
        var messages = Run("pspp", "-O", "format=csv", "-o", dictCsv, sps);
        messages += Run("pspp-convert", "-O", "csv", savPath, dataCsv);
        return (File.ReadAllText(dictCsv), File.ReadAllText(dataCsv), messages);
    }
}
