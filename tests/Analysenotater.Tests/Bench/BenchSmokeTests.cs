using Analysenotater.Bench;

namespace Analysenotater.Tests.Bench;

/// <summary>
/// Issue 11 smoke test (no timing): the C# bench tasks T1–T7 run on the seeded 491-row workload and agree with the
/// values R computed on the same file (bench/r/reference-491.json, written by
/// <c>Rscript bench/r/tasks.R bench/out/workload-491.csv bench/r/reference-491.json</c>: data.table, psych::alpha, lm,
/// survey::svyby, clubSandwich::coef_test CR2 + Satterthwaite).
/// </summary>
public sealed class BenchSmokeTests
{
    [Fact]
    public void CSharp_tasks_agree_with_R_at_491_rows()
    {
        var dir = Directory.CreateTempSubdirectory("bench-smoke-");
        try
        {
            var csv = Path.Combine(dir.FullName, "workload-491.csv");
            WorkloadGenerator.Write(csv, 491, 20, seed: 20171);
            var result = BenchTasks.Run(csv);
            var cs = result.Values.ToDictionary(v => v.Key, v => v.Values);
            var r = SideBySide.Load(Path.Combine(TestPaths.RepoRoot, "bench", "r", "reference-491.json"));

            Assert.Equal(491, result.Rows);
            Assert.Equal(7, result.Times.Count);
            // Tolerance 1e-6 relative for every value (issue 11); counts must match exactly.
            Assert.Equal(r["T2_i1_stratum1_code5"][0], cs["T2_i1_stratum1_code5"][0]);
            foreach (var key in new[] { "T3_ind1_mean", "T4_alpha_values", "T5_B", "T5_SE", "T5_adjR2", "T6_mean", "T6_SE", "T7_SE", "T7_df" })
            {
                Assert.True(r.ContainsKey(key), $"R reference lacks {key}");
                Assert.Equal(r[key].Length, cs[key].Length);
                for (var i = 0; i < r[key].Length; i++)
                {
                    var rel = Math.Abs(cs[key][i] - r[key][i]) / Math.Abs(r[key][i]);
                    Assert.True(rel < 1e-6, $"{key}[{i}]: C# {cs[key][i]:R} vs R {r[key][i]:R} (relative {rel:E1})");
                }
            }

            // Every result renders (the tasks produce the library's report objects, not bare numbers).
            Assert.All(result.Results, x => Assert.False(string.IsNullOrWhiteSpace(x.ToText())));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Side_by_side_report_flags_disagreement()
    {
        var a = new Dictionary<string, double[]> { ["T5_B"] = [1.0, 2.0] };
        var b = new Dictionary<string, double[]> { ["T5_B"] = [1.0, 2.0 * (1 + 1e-5)] };
        var lines = SideBySide.Agreement(a, b, ["T5_B", "T6_SE"]);
        var line = Assert.Single(lines);
        Assert.False(line.Ok);
        Assert.True(SideBySide.Agreement(a, a, ["T5_B"])[0].Ok);
    }
}
