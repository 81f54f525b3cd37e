using System.Diagnostics;
using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Import;
using Analysenotater.Scoring;
using Analysenotater.Statistics.Design;
using Analysenotater.Statistics.Regression;
using Analysenotater.Statistics.Reliability;
using Analysenotater.Tables;

namespace Analysenotater.Bench;

/// <summary>
/// The C# side of tasks T1–T7 through the library's own public entry points: StreamingCsvReader, FrequencyTables.By,
/// IndicatorScorer.Score, ScaleReliability.Analyse, OlsRegression.Fit, SurveyDesign.MeanByStratum and
/// OlsResult.ClusterRobust(CR2). Results carry the same keys as bench/r/tasks.R writes.
/// </summary>
internal static class BenchTasks
{
    public static BenchResult Run(string csv, bool cr2 = true, TextWriter? log = null)
    {
        var times = new List<(string, double)>();
        var values = new List<(string, double[])>();
        var sw = new Stopwatch();
        T Tick<T>(string name, Func<T> f)
        {
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var faults0 = MinorPageFaults();
            sw.Restart();
            var r = f();
            times.Add((name, sw.Elapsed.TotalSeconds));
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            var faults = MinorPageFaults() - faults0;
            log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-16} {sw.Elapsed.TotalSeconds,8:F3} s wall {cpu,8:F3} s CPU {faults * 4 / 1024.0,7:F0} MB first touched"));
            return r;
        }

        var instrument = BenchInstrument.Create();
        var options = new ImportOptions { Roles = DatasetRoles.Default with { SizeGroup = "size" } };
        var import = Tick("T1_read", () => StreamingCsvReader.Read(csv, instrument, options));
        var data = import.Dataset;
        log?.WriteLine(StreamingCsvReader.LastReadWasFast ? "  (fast CSV path)" : "  (general CSV path)");
        if (import.Report.HasErrors)
        {
            throw new InvalidOperationException("The workload has import errors:\n" + import.Report.ToText());
        }

        var items = BenchInstrument.ItemsOf(1, 40);
        var tables = Tick("T2_frequencies", () => items.Select(id => FrequencyTables.By(data, id, "size")).ToList());
        var t = tables[0];
        values.Add(("T2_i1_stratum1_code5", [t.Count(t.Groups[1], t.Categories[4]) ?? double.NaN]));

        var scores = Tick("T3_scores", () => BenchInstrument.Indicators.Select(ind => IndicatorScorer.Score(data, ind.Id)).ToList());
        var ind1 = scores[0].ToArray(); // the dataset's ind1 column array, also passed to the design estimate (no second copy)
        data = data.WithColumn(new NumericColumn(scores[0].Indicator.Id, ind1));
        foreach (var s in scores.Skip(1))
        {
            data = data.WithColumn(s.ToColumn());
        }

        values.Add(("T3_ind1_mean", [Mean(scores[0].Scores)]));

        var alphas = Tick("T4_alpha", () => BenchInstrument.Indicators.Select(ind => ScaleReliability.Analyse(data, [.. BenchInstrument.ItemsOf(ind.First, ind.Last)])).ToList());
        values.Add(("T4_alpha_values", [.. alphas.Select(a => a.Alpha)]));

        var fit = Tick("T5_ols", () => OlsRegression.Fit(ModelSpecification.For(data, "ind1").Numeric("kjonn").Numeric("alder").Numeric("ind4").Clusters("kommune")));
        values.Add(("T5_B", [.. fit.Coefficients.Select(c => c.Estimate)]));
        values.Add(("T5_SE", [.. fit.Coefficients.Select(c => c.StandardError)]));
        values.Add(("T5_adjR2", [fit.AdjustedRSquared]));

        var design = Tick("T6_design", () =>
        {
            var kommune = IntCodes(data, "kommune");
            var size = IntCodes(data, "size");
            return SurveyDesign.FromArrays(null, kommune, size).MeanByStratum(ind1, "ind1");
        });
        values.Add(("T6_mean", [.. design.Estimates.Select(e => e.Estimate)]));
        values.Add(("T6_SE", [.. design.Estimates.Select(e => e.StandardError)]));

        if (cr2)
        {
            var robust = Tick("T7_cr2", () => fit.ClusterRobust(ClusterRobustType.CR2));
            values.Add(("T7_SE", [.. robust.Coefficients.Select(c => c.StandardError)]));
            values.Add(("T7_df", [.. robust.Coefficients.Select(c => c.Df)]));
        }

        return new BenchResult(times, values, data.RowCount, [.. tables.Cast<Reporting.IRenderable>(), .. scores, .. alphas, fit, design]);
    }

    /// <summary>Minor page faults of this process so far (Linux /proc/self/stat field 10; 0 elsewhere). Each is one
    /// 4 KiB page touched for the first time: on this VM a fresh page costs about 10 µs.</summary>
    private static long MinorPageFaults()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[7], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static int[] IntCodes(SurveyDataset data, string column)
    {
        var v = ((NumericColumn)data[column]).Values;
        var result = new int[v.Length];
        for (var i = 0; i < v.Length; i++)
        {
            result[i] = double.IsNaN(v[i]) ? throw new InvalidOperationException($"{column}: row {i + 2} is empty.") : (int)v[i];
        }

        return result;
    }

    private static double Mean(IReadOnlyList<double> x)
    {
        double s = 0;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                s += v;
                n++;
            }
        }

        return s / n;
    }
}
