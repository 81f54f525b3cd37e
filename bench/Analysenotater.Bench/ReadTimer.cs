using System.Diagnostics;
using Analysenotater.Data;
using Analysenotater.Import;

namespace Analysenotater.Bench;

/// <summary>Times one read of a workload file as T1 reads it (<see cref="StreamingCsvReader"/>), or through <see cref="SurveyCsvReader"/> when <c>general</c>.</summary>
internal static class ReadTimer
{
    /// <summary>One read: wall and CPU seconds, rows read, and whether the fast path ran.</summary>
    /// <exception cref="InvalidOperationException">The workload has import errors.</exception>
    public static (double Wall, double Cpu, int Rows, bool Fast) Once(string csv, bool general)
    {
        var instrument = BenchInstrument.Create();
        var options = new ImportOptions { Roles = DatasetRoles.Default with { SizeGroup = "size" } };
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var result = general ? SurveyCsvReader.Read(csv, instrument, options) : StreamingCsvReader.Read(csv, instrument, options);
        var wall = sw.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        if (result.Report.HasErrors)
        {
            throw new InvalidOperationException("The workload has import errors:\n" + result.Report.ToText());
        }

        return (wall, cpu, result.Dataset.RowCount, !general && StreamingCsvReader.LastReadWasFast);
    }
}
