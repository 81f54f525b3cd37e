using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Analysenotater.Bench;

/// <summary>Prints seconds per task, totals, peak memory and ratios of C#, R and Python, and checks that their numbers agree.</summary>
internal static class SideBySide
{
    public const double Tolerance = 1e-6;

    public static readonly string[] Tasks = ["T1_read", "T2_frequencies", "T3_scores", "T4_alpha", "T5_ols", "T6_design", "T7_cr2"];

    public static bool LastAgreementFailed { get; private set; }

    public static Dictionary<string, double[]> Load(string path)
    {
        var result = new Dictionary<string, double[]>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return result;
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            result[p.Name] = p.Value.ValueKind == JsonValueKind.Array
                ? [.. p.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : double.NaN)]
                : [p.Value.GetDouble()];
        }

        return result;
    }

    /// <summary>(wall seconds, peak RSS in MB) from a /usr/bin/time -f "%e %M" file; NaN when absent.</summary>
    public static (double Seconds, double PeakMb) LoadTime(string path)
    {
        if (!File.Exists(path))
        {
            return (double.NaN, double.NaN);
        }

        var last = File.ReadAllLines(path).LastOrDefault(l => l.Split(' ').Length == 2 && double.TryParse(l.Split(' ')[0], CultureInfo.InvariantCulture, out _));
        if (last is null)
        {
            return (double.NaN, double.NaN);
        }

        var parts = last.Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture) / 1024.0);
    }

    /// <summary>Compares every value key both results hold; returns one line per key.</summary>
    public static List<(string Key, double MaxRelative, bool Ok)> Agreement(Dictionary<string, double[]> a, Dictionary<string, double[]> b, IEnumerable<string> keys)
    {
        var list = new List<(string, double, bool)>();
        foreach (var k in keys)
        {
            if (!a.TryGetValue(k, out var x) || !b.TryGetValue(k, out var y))
            {
                continue;
            }

            var worst = x.Length == y.Length ? 0.0 : double.PositiveInfinity;
            for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                var rel = Math.Abs(x[i] - y[i]) / Math.Max(Math.Abs(y[i]), 1e-300);
                worst = Math.Max(worst, double.IsNaN(rel) ? double.PositiveInfinity : rel);
            }

            list.Add((k, worst, worst <= Tolerance));
        }

        return list;
    }

    public static readonly string[] ValueKeys = ["T2_i1_stratum1_code5", "T3_ind1_mean", "T4_alpha_values", "T5_B", "T5_SE", "T5_adjR2", "T6_mean", "T6_SE"];

    public static string Render(string n, string dir)
    {
        var cs = Load(Path.Combine(dir, "cs.json"));
        var r = Load(Path.Combine(dir, "r.json"));
        var py = Load(Path.Combine(dir, "py.json"));
        var csSub = Load(Path.Combine(dir, "cs-sub.json"));
        var rSub = Load(Path.Combine(dir, "r-sub.json"));
        var csTime = LoadTime(Path.Combine(dir, "cs.time"));
        var rTime = LoadTime(Path.Combine(dir, "r.time"));
        var pyTime = LoadTime(Path.Combine(dir, "py.time"));
        var rSubTime = LoadTime(Path.Combine(dir, "r-sub.time"));
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"N = {n}: seconds per task (wall clock inside each process; R T7 from the CR2-only run on the subsample when R skipped it)");
        sb.AppendLine("| task | C# | R | Python | R / C# | Python / C# |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|");
        double sumCs = 0, sumR = 0, sumPy = 0;
        foreach (var t in Tasks)
        {
            var c = Get(cs, t);
            var rv = Get(r, t);
            var rNote = "";
            if (double.IsNaN(rv) && t == "T7_cr2" && rSub.ContainsKey(t))
            {
                rv = Get(rSub, t);
                rNote = " (subsample)";
            }

            var p = Get(py, t);
            sumCs += Nz(c);
            sumR += rNote.Length == 0 ? Nz(rv) : 0;
            sumPy += Nz(p);
            sb.AppendLine(inv, $"| {t} | {F(c)} | {F(rv)}{rNote} | {F(p)} | {Ratio(rv, c)} | {Ratio(p, c)} |");
        }

        sb.AppendLine(inv, $"| sum of tasks | {F(sumCs)} | {F(sumR)} | {F(sumPy)} | {Ratio(sumR, sumCs)} | {Ratio(sumPy, sumCs)} |");
        sb.AppendLine(inv, $"| whole process (s) | {F(csTime.Seconds)} | {F(rTime.Seconds)} | {F(pyTime.Seconds)} | {Ratio(rTime.Seconds, csTime.Seconds)} | {Ratio(pyTime.Seconds, csTime.Seconds)} |");
        sb.AppendLine(inv, $"| peak RSS (MB) | {F0(csTime.PeakMb)} | {F0(rTime.PeakMb)} | {F0(pyTime.PeakMb)} | {Ratio(rTime.PeakMb, csTime.PeakMb)} | {Ratio(pyTime.PeakMb, csTime.PeakMb)} |");
        if (!double.IsNaN(rSubTime.Seconds))
        {
            sb.AppendLine(inv, $"R CR2-only run on the subsample: process {F(rSubTime.Seconds)} s, peak RSS {F0(rSubTime.PeakMb)} MB.");
        }

        var nb = Load(Path.Combine(dir, "nb.json"));
        var nbR2r = Load(Path.Combine(dir, "nb-r2r.json"));
        if (nb.Count > 0 || nbR2r.Count > 0)
        {
            sb.AppendLine();
            sb.Append(Engine(dir, nb, nbR2r));
        }

        sb.AppendLine();
        sb.AppendLine(inv, $"Agreement (max relative difference, tolerance {Tolerance:0e0}):");
        var failed = false;
        void Check(string title, Dictionary<string, double[]> a, Dictionary<string, double[]> b, IEnumerable<string> keys)
        {
            foreach (var (key, worst, ok) in Agreement(a, b, keys))
            {
                failed |= !ok;
                sb.AppendLine(inv, $"  {title,-22} {key,-22} {worst,10:0.0e0}  {(ok ? "ok" : "DIFFERS")}");
            }
        }

        Check("C# vs R", cs, r, ValueKeys);
        Check("C# vs Python", cs, py, ValueKeys);
        Check("C# vs R (subsample)", csSub, rSub, ["T5_B", "T5_SE", "T7_SE", "T7_df"]);
        Check("C# vs R", cs, r, ["T7_SE", "T7_df"]);
        Check("notebook vs R", nb, r, [.. ValueKeys, "T7_SE", "T7_df"]);
        Check("notebook (R2R) vs R", nbR2r, r, [.. ValueKeys, "T7_SE", "T7_df"]);
        LastAgreementFailed = failed;
        sb.AppendLine(failed ? "Some values DIFFER." : "All compared values agree.");
        return sb.ToString();
    }

    /// <summary>Cold whole-process times of repeated runs (files stem.time, stem-2.time, …), in run order.</summary>
    public static List<(double Seconds, double PeakMb)> LoadRuns(string dir, string stem)
    {
        var runs = new List<(double, double)>();
        for (var k = 1; ; k++)
        {
            var t = LoadTime(Path.Combine(dir, k == 1 ? stem + ".time" : $"{stem}-{k}.time"));
            if (double.IsNaN(t.Seconds))
            {
                return runs;
            }

            runs.Add(t);
        }
    }

    /// <summary>The N = 491 targets of issue 11: T1–T7 through the notebook engine (cold `Analysenotater.Cli run`)
    /// under 2 s, and as a compiled program under 0.5 s; seconds per notebook cell.</summary>
    private static string Engine(string dir, Dictionary<string, double[]> nb, Dictionary<string, double[]> nbR2r)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("T1–T7 as one cold process (wall seconds of each run, /usr/bin/time; median):");
        sb.AppendLine("| how | runs (s) | median (s) | peak RSS (MB) | target | met |");
        sb.AppendLine("|---|---|---:|---:|---:|---|");
        void Row(string how, string stem, double target)
        {
            var runs = LoadRuns(dir, stem);
            if (runs.Count == 0)
            {
                return;
            }

            var sorted = runs.Select(x => x.Seconds).Order().ToList();
            var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
            sb.AppendLine(inv, $"| {how} | {string.Join(", ", runs.Select(x => F(x.Seconds)))} | {F(median)} | {F0(runs.Max(x => x.PeakMb))} | < {target:0.0#} | {(median < target ? "yes" : "no")} |");
        }

        Row("compiled: `analysenotater-bench run` (dotnet build, JIT)", "cs", 0.5);
        Row("notebook engine: `dotnet src/Analysenotater.Cli/bin/Release/net10.0/Analysenotater.Cli.dll run bench/notebook/t1-t7.ipynb` (dotnet build, JIT)", "nb", 2);
        Row("notebook engine, CLI published with `-p:PublishReadyToRun=true -p:TieredPGO=false` (bench/out/cli-r2r)", "nb-r2r", 2);
        sb.AppendLine();
        sb.AppendLine("Seconds per task inside the notebook (time since the previous cell ended: compile + run + display of the previous result):");
        sb.AppendLine("| task | notebook (JIT) | notebook (R2R) |");
        sb.AppendLine("|---|---:|---:|");
        foreach (var t in Tasks)
        {
            sb.AppendLine(inv, $"| {t} | {F(Get(nb, t))} | {F(Get(nbR2r, t))} |");
        }

        return sb.ToString();
    }

    private static double Get(Dictionary<string, double[]> d, string k) => d.TryGetValue(k, out var v) && v.Length == 1 ? v[0] : double.NaN;

    private static double Nz(double x) => double.IsNaN(x) ? 0 : x;

    private static string F(double x) => double.IsNaN(x) ? "n/a" : x.ToString("F3", CultureInfo.InvariantCulture);

    private static string F0(double x) => double.IsNaN(x) ? "n/a" : x.ToString("F0", CultureInfo.InvariantCulture);

    private static string Ratio(double a, double b) => double.IsNaN(a) || double.IsNaN(b) || b <= 0 || a <= 0 ? "n/a" : (a / b).ToString("F1", CultureInfo.InvariantCulture) + "×";
}
