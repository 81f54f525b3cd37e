using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Running;

namespace Analysenotater.Notebooks.Tests.Running;

/// <summary>
/// Attack 10 of issue 17 and the «færre enn 5 → ingen rapport» rule (seed 001): notebook 07 run through its
/// <c>datafil</c> parameter on data made by code from the bundled synthetic file — every 2021 row, and 4 or 11 rows of
/// 2022 picked by a seeded generator. With 4 respondents only the «no report» message is shown; with 11 everything.
/// </summary>
public sealed class KsReportDisclosureTests
{
    private static async Task<(NotebookRunResult Result, List<CellOutput> Outputs)> Run(int respondents)
    {
        var source = Path.Combine(TestFiles.RepositoryRoot, "data-samples", "ks-psykisk-helse-rus", "ks-psykisk-helse-rus-synthetic.csv");
        var lines = File.ReadAllLines(source);
        var rows2022 = lines.Skip(1).Where(l => l.StartsWith("2022,", StringComparison.Ordinal)).ToList();
        var random = new Random(17);
        var picked = rows2022.OrderBy(_ => random.Next()).Take(respondents).ToList();
        var file = Path.Combine(TestFiles.NewScratchFolder(), $"ks-{respondents}.csv");
        File.WriteAllLines(file, [lines[0], .. lines.Skip(1).Where(l => l.StartsWith("2021,", StringComparison.Ordinal)), .. picked]);

        var path = Path.Combine(TestFiles.RepositoryRoot, "notebooks", "07-ks-kommunerapport.ipynb");
        var result = await NotebookRunner.RunAsync(NotebookFile.Read(path), new NotebookRunOptions
        {
            BaseDirectory = Path.GetDirectoryName(path)!,
            NotebookName = "07-ks-kommunerapport.ipynb",
            Parameters = new Dictionary<string, string> { ["datafil"] = file, ["landssnittfil"] = Path.Combine(TestFiles.RepositoryRoot, "data-samples", "ks-psykisk-helse-rus", "landssnitt-2021.csv") },
        }, CancellationToken.None);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return (result, [.. result.Notebook.Cells.SelectMany(c => c.Outputs)]);
    }

    private static string AllText(IEnumerable<CellOutput> outputs) => string.Join("\n", outputs.Select(o =>
        (o.Text ?? "") + string.Join("\n", o.Bundle?.Data.Values ?? (IEnumerable<string>)[])));

    [Fact]
    public async Task Attack10_four_respondents_show_only_the_no_report_message()
    {
        var (_, outputs) = await Run(4);
        var output = Assert.Single(outputs);
        Assert.Contains("færre enn 5 har svart, så det lages ingen rapport", AllText([output]), StringComparison.Ordinal);
        var text = AllText(outputs);
        Assert.DoesNotContain("plotly", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<table", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kommentar", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eleven_respondents_show_the_whole_report()
    {
        var (_, outputs) = await Run(11);
        var text = AllText(outputs);
        Assert.Contains("Dimensjoner 2022", text, StringComparison.Ordinal);
        Assert.Contains(outputs, o => o.Bundle?.Data.ContainsKey("application/vnd.plotly.v1+json") == true);
        Assert.Contains("Kommentarer (screenet)", text, StringComparison.Ordinal);
        Assert.Contains("Hva brukerne sier om tjenesten", text, StringComparison.Ordinal);
        Assert.DoesNotContain("det lages ingen rapport", text, StringComparison.Ordinal);
    }
}
