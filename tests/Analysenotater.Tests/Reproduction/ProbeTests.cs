using Analysenotater.Reproduction;
using Analysenotater.Synthetic;

namespace Analysenotater.Tests.Reproduction;

public sealed class ProbeTests
{
    [Fact]
    public void Probe()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var res = KoRusSyntheticGenerator.GenerateDetailed();
        var gen = sw.Elapsed;
        var rep = ReproductionReport.Run(res.Dataset);
        var lines = new List<string> { $"gen {gen} total {sw.Elapsed} optimizerMisses {res.OptimizerMisses} share {rep.ShareReproduced:F4} of {rep.PercentsAndCounts.Count}" };
        lines.AddRange(res.Calibration.Select(c => $"{c.Quantity}: target {c.Target} achieved {c.Achieved:F4} {c.Parameter}={c.ParameterValue:F4}"));
        foreach (var q in new[] { "open_bra", "open_darlig", "open_forslag" })
        {
            var f = Analysenotater.Reproduction.PublishedMeasureEvaluator.WordFrequencies(res.Dataset, q);
            lines.Add(q + ": " + string.Join(" ", f.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(18).Select(kv => kv.Key + "=" + kv.Value)));
        }

        lines.Add(rep.ToCsv()); lines.AddRange(rep.Rows.Where(r => r.Status != ReproductionStatus.Reproduced && r.Status != ReproductionStatus.NotComputable).Select(r => $"MISS {r.Published.Id} | {r.Published.Label} | {r.Published.Value} | {r.Reproduced:F3}"));
        File.WriteAllLines("/tmp/datawork/probe.txt", lines);
    }
}
