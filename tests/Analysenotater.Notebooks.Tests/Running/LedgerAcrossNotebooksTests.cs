using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Running;
using Analysenotater.Notebooks.Tests.Cli;

namespace Analysenotater.Notebooks.Tests.Running;

/// <summary>
/// Issue 17 across notebooks: two notebooks read the same data file, one shows q9 by municipality, the other by size
/// group. Before the ledger was one per data source, each notebook's import had a ledger of its own and «Liten» minus
/// the two shown municipalities gave the hidden municipality of 2.
/// </summary>
public sealed class LedgerAcrossNotebooksTests
{
    private static Notebook TableNotebook(string dataFile, string by) => new(
    [
        NotebookCell.Code($$"""
            var data = SurveyFile.Read(@"{{dataFile}}").Dataset;
            var t = FrequencyTables.By(data, "q9", "{{by}}");
            foreach (var g in new[] { "Totalt", "1", "2", "3", "4", "5", "Liten", "Mellomstor" }.Where(g => t.Groups.Contains(g)))
            {
                Console.WriteLine($"NIVÅ {g}={t.Level(g)}");
            }
            """),
    ]);

    private static Dictionary<string, string> Levels(Notebook run) => run.Cells.SelectMany(c => c.Outputs).Select(o => o.Text ?? "")
        .SelectMany(t => t.Split('\n')).Where(l => l.StartsWith("NIVÅ ", StringComparison.Ordinal))
        .Select(l => l[5..].Trim().Split('=')).ToDictionary(p => p[0], p => p[1]);

    private static bool Derivable(Dictionary<string, string> byKommune, Dictionary<string, string> bySize) =>
        byKommune["3"] == "Nothing" && byKommune["1"] == "Full" && byKommune["2"] == "Full" && bySize["Liten"] == "Full";

    private static async Task<Dictionary<string, string>> Run(Notebook notebook, string dir)
    {
        var result = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions { BaseDirectory = dir, NotebookName = "t.ipynb" }, CancellationToken.None);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return Levels(result.Notebook);
    }

    [Fact]
    public async Task Two_notebooks_on_the_same_file_cannot_be_combined_to_give_a_hidden_municipality()
    {
        var dir = TestFiles.NewScratchFolder();
        var file = LedgerAcrossInvocationsCliTests.WriteNested(dir, Guid.NewGuid().ToString("N")[..10]);
        var byKommune = await Run(TableNotebook(file, "kommune"), dir);
        Assert.Equal("Nothing", byKommune["3"]);
        var bySize = await Run(TableNotebook(file, "kommunestorrelse"), dir);
        Assert.False(Derivable(byKommune, bySize));
    }

    [Fact]
    public async Task Analysenotater_run_keeps_the_ledger_so_a_later_run_of_another_notebook_is_checked_against_the_first()
    {
        var dir = TestFiles.NewScratchFolder();
        var file = LedgerAcrossInvocationsCliTests.WriteNested(dir, Guid.NewGuid().ToString("N")[..10]);
        var state = Path.Combine(dir, "tilstand") + Path.DirectorySeparatorChar;
        var first = Path.Combine(dir, "a-kommune.ipynb");
        var second = Path.Combine(dir, "b-storrelse.ipynb");
        NotebookFile.Write(first, TableNotebook(file, "kommune"));
        NotebookFile.Write(second, TableNotebook(file, "kommunestorrelse"));

        async Task<Dictionary<string, string>> RunCli(string notebook, string ledger)
        {
            var output = Path.Combine(dir, "ut-" + Guid.NewGuid().ToString("N")[..6]);
            var (code, _, stderr) = await CliRun.Invoke("run", notebook, "--output", output, "--format", "ipynb", "--ledger", ledger);
            Assert.True(code == 0, stderr);
            return Levels(NotebookFile.Read(Directory.GetFiles(output, "*.ipynb", SearchOption.AllDirectories).Single()));
        }

        var byKommune = await RunCli(first, state);
        Assert.Equal("Nothing", byKommune["3"]);
        var stateFile = Assert.Single(Directory.GetFiles(state));
        // A later process: the state file under another name, so nothing of this process is reused.
        var copy = Path.Combine(dir, "kopi.ledger");
        File.Copy(stateFile, copy);
        Assert.False(Derivable(byKommune, await RunCli(second, copy)));
        // Control: a fresh ledger lets the subtraction through, so the test can fail.
        Assert.True(Derivable(byKommune, await RunCli(second, Path.Combine(dir, "ny.ledger"))));
    }
}
