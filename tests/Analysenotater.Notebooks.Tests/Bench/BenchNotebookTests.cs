using Analysenotater.Bench;
using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Running;

namespace Analysenotater.Notebooks.Tests.Bench;

/// <summary>
/// Issue 11 smoke test of the notebook form of the scale bench (no timing): bench/notebook/t1-t7.ipynb runs through
/// the notebook runner on the seeded 491-row workload and its numbers agree with the values R computed on the same
/// file (bench/r/reference-491.json, from <c>Rscript bench/r/tasks.R bench/out/workload-491.csv bench/r/reference-491.json</c>).
/// </summary>
public sealed class BenchNotebookTests
{
    [Fact]
    public async Task T1_to_T7_notebook_agrees_with_R_at_491_rows()
    {
        var dir = TestFiles.NewScratchFolder();
        try
        {
            var csv = Path.Combine(dir, "workload-491.csv");
            var instrument = Path.Combine(dir, "bench-instrument.json");
            var results = Path.Combine(dir, "nb.json");
            WorkloadGenerator.Write(csv, 491, 20, seed: 20171);
            File.WriteAllText(instrument, BenchInstrument.Json());
            var path = Path.Combine(TestFiles.RepositoryRoot, "bench", "notebook", "t1-t7.ipynb");
            var run = await NotebookRunner.RunAsync(NotebookFile.Read(path), new NotebookRunOptions
            {
                BaseDirectory = Path.GetDirectoryName(path)!,
                NotebookName = "t1-t7.ipynb",
                Parameters = new Dictionary<string, string> { ["datafil"] = csv, ["instrumentfil"] = instrument, ["resultatfil"] = results },
            }, CancellationToken.None);
            Assert.True(run.Success, string.Join("\n", run.Errors));

            var nb = SideBySide.Load(results);
            var r = SideBySide.Load(Path.Combine(TestFiles.RepositoryRoot, "bench", "r", "reference-491.json"));
            Assert.Equal(r["T2_i1_stratum1_code5"][0], nb["T2_i1_stratum1_code5"][0]);
            foreach (var key in new[] { "T3_ind1_mean", "T4_alpha_values", "T5_B", "T5_SE", "T5_adjR2", "T6_mean", "T6_SE", "T7_SE", "T7_df" })
            {
                Assert.Equal(r[key].Length, nb[key].Length);
                for (var i = 0; i < r[key].Length; i++)
                {
                    var rel = Math.Abs(nb[key][i] - r[key][i]) / Math.Abs(r[key][i]);
                    Assert.True(rel < 1e-6, $"{key}[{i}]: notebook {nb[key][i]:R} vs R {r[key][i]:R} (relative {rel:E1})");
                }
            }

            // Every task recorded its seconds (seven laps, in order).
            Assert.All(SideBySide.Tasks, t => Assert.True(nb.ContainsKey(t), "no time for " + t));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
