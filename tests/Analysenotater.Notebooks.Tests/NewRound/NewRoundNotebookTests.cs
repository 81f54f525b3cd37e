using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Running;

namespace Analysenotater.Notebooks.Tests.NewRound;

/// <summary>
/// Helpers shared by the issue 16 tests (a notebook run through parameters, the CLI in-process) and the raw export's
/// checks that need no notebook: with the shipped municipality table the new municipality is reported with row and
/// value, and a study that can derive nothing makes validate exit 1. The fixture × notebook and fixture × CLI matrix
/// is <see cref="NewRoundMatrixTests"/>.
/// </summary>
public sealed class NewRoundNotebookTests
{
    private static readonly Lazy<NewRoundFixtures> LazyFixtures = new(NewRoundFixtures.Create);

    private static NewRoundFixtures F => LazyFixtures.Value;

    internal static async Task<string> RunNotebookAsync(string name, Dictionary<string, string> parameters)
    {
        var notebook = await RunBundledNotebookAsync(name, parameters, name);
        return string.Join("\n", notebook.Cells.SelectMany(c => c.Outputs)
            .Select(o => (o.Text ?? "") + "\n" + (o.Bundle?.Text ?? "") + "\n" + (o.Bundle?.Data.TryGetValue("text/html", out var h) == true ? System.Net.WebUtility.HtmlDecode(h) : "")));
    }

    /// <summary>Runs a bundled notebook (notebooks/<paramref name="name"/>.ipynb) with parameters and asserts that it succeeded.</summary>
    /// <param name="name">The notebook's file name without extension.</param>
    /// <param name="parameters">The notebook parameters.</param>
    /// <param name="description">What the failure message calls the run.</param>
    /// <returns>The executed notebook.</returns>
    internal static async Task<Notebook> RunBundledNotebookAsync(string name, Dictionary<string, string> parameters, string description)
    {
        var path = Path.Combine(TestFiles.RepositoryRoot, "notebooks", name + ".ipynb");
        var result = await NotebookRunner.RunAsync(NotebookFile.Read(path), new NotebookRunOptions
        {
            BaseDirectory = Path.GetDirectoryName(path)!,
            NotebookName = name + ".ipynb",
            Parameters = parameters,
        }, CancellationToken.None);
        Assert.True(result.Success, description + ": " + string.Join("\n", result.Errors));
        return result.Notebook;
    }

    internal static Task<(int Code, string Out, string Err)> Cli(params string[] args) => global::Analysenotater.Notebooks.Tests.Cli.CliRun.Invoke(args);

    [Fact]
    public async Task A_raw_export_with_an_unknown_municipality_or_no_derivations_is_reported_not_guessed()
    {
        // With the shipped table the new municipality has no size group: reported with row and value, never guessed.
        var shipped = await Cli("validate", F.RawCsv, "--instrument", "korus-2017");
        Assert.Contains($"kommunenummer {NewRoundFixtures.NewMunicipality} finnes ikke i kommunetabellen", shipped.Out, StringComparison.Ordinal);
        var perSizeShipped = F.RowsPerSizeFromTable();
        Assert.Contains($"Stor (3)                 {perSizeShipped[2]}", shipped.Out.Replace("\u00A0", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("avledet", shipped.Out, StringComparison.Ordinal);

        // Without the study nothing is derived, and nothing is claimed missing either (no study, no roles needed).
        var raw = await Cli("validate", F.RawCsv, "--instrument", "korus-2017", "--study", "none");
        Assert.Equal(0, raw.Code);

        // Size group, kjonn and alder missing and not derivable: validate says so and exits 1.
        var noDerivation = Path.Combine(TestFiles.NewScratchFolder(), "uten-avledning.study.json");
        File.WriteAllText(noDerivation, """{ "format": "analysenotater-study", "formatVersion": 1, "id": "x", "title": "x", "instrument": "korus-2017", "roles": { "stratum": { "column": "kommunestorrelse" }, "gender": { "column": "kjonn" } } }""");
        var missing = await Cli("validate", F.RawCsv, "--study", noDerivation);
        Assert.Equal(1, missing.Code);
        Assert.Contains("MANGLER", missing.Out, StringComparison.Ordinal);
    }
}
