using System.CommandLine;
using System.Diagnostics;
using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Execution;
using Analysenotater.Notebooks.Running;

namespace Analysenotater.Cli.Commands;

/// <summary>
/// <c>analysenotater bench [folder]</c>: the cold time to run every notebook of a folder in this (fresh) process, then
/// the warm latency of small cells in a warmed-up session. Run it as the first command of a process for a true cold number.
/// </summary>
internal sealed class BenchCommand : CliCommand<BenchSettings>
{
    private readonly Argument<string> _folder = new("folder")
    {
        Description = CliTexts.Get("Help.Bench.Folder"),
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => "notebooks",
    };

    private readonly Option<int> _cells = new("--cells")
    {
        Description = CliTexts.Get("Help.Bench.Cells"),
        HelpName = "N",
        DefaultValueFactory = _ => 200,
    };

    /// <summary>Declares the argument and option.</summary>
    public BenchCommand()
        : base("bench", CliTexts.Get("Help.Bench"))
    {
        Add(_folder);
        Add(_cells);
        _cells.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError(CliTexts.Get("Error.Cells"));
            }
        });
    }

    /// <inheritdoc />
    protected override BenchSettings Bind(ParseResult parseResult)
        => new(parseResult.GetValue(_folder) ?? "notebooks", parseResult.GetValue(_cells));

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(BenchSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        var (folder, cellCount) = (settings.Folder, settings.Cells);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(CliTexts.Format("Error.NoFolder", Path.GetFullPath(folder)));
        }

        var processAge = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var files = Directory.GetFiles(folder).Where(NotebookFile.IsSupported).Order(StringComparer.Ordinal).ToList();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var cold = Stopwatch.StartNew();
        var cells = 0;
        var failures = 0;
        foreach (var file in files)
        {
            var result = await NotebookRunner.RunAsync(NotebookFile.Read(file), new NotebookRunOptions
            {
                BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(file))!,
                NotebookName = Path.GetFileName(file),
            }, cancellationToken).ConfigureAwait(false);
            cells += result.CellsRun;
            failures += result.Success ? 0 : 1;
            context.Out.WriteLine(FormattableString.Invariant($"  {Path.GetFileName(file)}: {result.CellsRun} cells, {result.Elapsed.TotalSeconds:0.00} s{(result.Success ? "" : " (errors)")}"));
        }

        cold.Stop();
        var coldCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        context.Out.WriteLine(FormattableString.Invariant(
            $"cold: {files.Count} notebook(s), {cells} cells in {cold.Elapsed.TotalSeconds:0.00} s wall, {coldCpu.TotalSeconds:0.00} s CPU (in-process; the process had been up {processAge.TotalSeconds:0.00} s before){(failures > 0 ? $"; {failures} notebook(s) with errors" : "")}"));

        using var session = new ScriptSession(new ScriptSessionOptions { BaseDirectory = Path.GetFullPath(folder) });
        await session.WarmUpAsync().ConfigureAwait(false);
        var sink = new CellOutputCollector();
        await session.ExecuteAsync("var acc = new List<double>();", sink, cancellationToken).ConfigureAwait(false);
        var times = new List<double>(cellCount);
        var cpu = new List<double>(cellCount);
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < cellCount; i++)
        {
            var code = FormattableString.Invariant($"acc.Add({i} * 0.5);\nacc.Count");
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var outcome = await session.ExecuteAsync(code, new CellOutputCollector(), cancellationToken).ConfigureAwait(false);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpu0).TotalMilliseconds);
            times.Add(outcome.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        cpu.Sort();
        context.Out.WriteLine(FormattableString.Invariant(
            $"warm: {cellCount} small cells (compile + run + format): wall median {Percentile(times, 0.5):0.0} ms, p90 {Percentile(times, 0.9):0.0} ms, max {times[^1]:0.0} ms; CPU median {Percentile(cpu, 0.5):0.0} ms, p90 {Percentile(cpu, 0.9):0.0} ms"));
        return failures > 0 ? 1 : 0;
    }

    private static double Percentile(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Floor(q * (sorted.Count - 1) + 0.5))];
}
