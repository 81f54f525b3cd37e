using System.Diagnostics;
using System.Globalization;
using Analysenotater.Bench;

return args.Length == 0 ? Usage() : args[0] switch
{
    "generate" => Generate(args),
    "instrument" => WriteInstrument(args),
    "run" => RunTasks(args),
    "report" => Report(args),
    "read" => ReadOnly(args),
    _ => Usage(),
};

static int Generate(string[] args)
{
    var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 491;
    var clusters = n <= 1000 ? 20 : 2000;
    var path = args.Length > 2 ? args[2] : $"bench/out/workload-{n}.csv";
    WorkloadGenerator.Write(path, n, clusters, seed: 20171);
    Console.WriteLine($"wrote {path}: {n} respondents, {clusters} municipalities");
    return 0;
}

// instrument path: the workload's instrument as JSON, for the notebook (bench/notebook/t1-t7.ipynb) that loads it.
static int WriteInstrument(string[] args)
{
    var path = args.Length > 1 ? args[1] : "bench/out/bench-instrument.json";
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    File.WriteAllText(path, BenchInstrument.Json());
    Console.WriteLine($"wrote {path}");
    return 0;
}

// run workload.csv results.json [skip-cr2]: T1–T7 in this (cold) process; prints seconds per task and peak memory.
static int RunTasks(string[] args)
{
    if (args.Length < 3)
    {
        return Usage();
    }

    var total = Stopwatch.StartNew();
    var result = BenchTasks.Run(args[1], cr2: !(args.Length > 3 && args[3] == "skip-cr2"), Console.Out);
    var tasks = total.Elapsed.TotalSeconds;
    var process = Process.GetCurrentProcess();
    var sinceStart = (DateTime.Now - process.StartTime).TotalSeconds;
    File.WriteAllText(args[2], result.ToJson());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"C#: {result.Rows} rows, tasks {tasks:F3} s, process {sinceStart:F3} s, peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
    return 0;
}

// report N dir: the side-by-side table from dir/{cs,r,py,cs-sub,r-sub}.json and dir/*.time (/usr/bin/time -f "%e %M").
static int Report(string[] args)
{
    if (args.Length < 3)
    {
        return Usage();
    }

    Console.Write(SideBySide.Render(args[1], args[2]));
    return SideBySide.LastAgreementFailed ? 1 : 0;
}

// read workload.csv [repeats] [general]: only T1, the read, `repeats` times in this process (the first is the cold one);
// prints each time (wall and CPU seconds), then the median of the warm ones. bench/ab-read.sh runs two builds interleaved.
static int ReadOnly(string[] args)
{
    if (args.Length < 2)
    {
        return Usage();
    }

    var repeats = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
    var general = args.Length > 3 && args[3] == "general";
    var wall = new List<double>();
    var cpu = new List<double>();
    for (var k = 0; k < repeats; k++)
    {
        var (w, c, rows, fast) = ReadTimer.Once(args[1], general);
        wall.Add(w);
        cpu.Add(c);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {k + 1}: {w:F3} s wall {c:F3} s CPU, {rows} rows, {(fast ? "fast" : "general")} path"));
    }

    static double Median(List<double> x)
    {
        var s = x.Count > 1 ? x.Skip(1).Order().ToList() : x;
        return s[s.Count / 2];
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold {wall[0]:F3} s wall {cpu[0]:F3} s CPU; warm median {Median(wall):F3} s wall {Median(cpu):F3} s CPU"));
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: analysenotater-bench generate N [path]
               analysenotater-bench instrument [path]
               analysenotater-bench run workload.csv results.json [skip-cr2]
               analysenotater-bench report N dir
               analysenotater-bench read workload.csv [repeats] [general]
        Everything side by side: bash bench/run.sh [N]
        """);
    return 2;
}
