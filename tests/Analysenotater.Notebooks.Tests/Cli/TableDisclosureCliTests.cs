using System.Globalization;

namespace Analysenotater.Notebooks.Tests.Cli;

/// <summary>
/// Attack 2 of issue 17 through the plain CLI: two respondents with no value on the grouping variable were Totalt − Σ
/// groups in <c>table file.csv q9 --by kommunestorrelse --format csv</c>, and the note printed their number. The data
/// is the bundled synthetic file with the size group blanked, by code, for two respondents who answered q9.
/// </summary>
public sealed class TableDisclosureCliTests
{
    [Fact]
    public async Task Attack02_two_respondents_without_a_group_value_cannot_be_read_from_the_csv_table()
    {
        var source = Path.Combine(TestFiles.RepositoryRoot, "data-samples", "korus-2017", "korus-2017-synthetic.csv");
        var lines = File.ReadAllLines(source);
        var header = lines[0].Split(',');
        var size = Array.IndexOf(header, "kommunestorrelse");
        var q9 = Array.IndexOf(header, "q9");
        var blanked = 0;
        for (var i = 1; i < lines.Length && blanked < 2; i++)
        {
            var cells = lines[i].Split(',');
            if (cells.Length == header.Length && cells[q9] is "1" or "2" or "3" or "4" or "5")
            {
                cells[size] = "";
                lines[i] = string.Join(',', cells);
                blanked++;
            }
        }

        Assert.Equal(2, blanked);
        var file = Path.Combine(TestFiles.NewScratchFolder(), "to-uten-gruppe.csv");
        File.WriteAllLines(file, lines);

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await Analysenotater.Cli.CommandLine.RunAsync(["table", file, "q9", "--by", "kommunestorrelse", "--format", "csv"], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        var csv = stdout.ToString();
        Assert.DoesNotContain("2 respondent(er)", csv, StringComparison.Ordinal);

        // The n row: Totalt and each group. If every group's n were shown, Totalt − Σ groups would give the two.
        var nRow = csv.Split('\n').Single(l => l.StartsWith("Antall gyldige svar", StringComparison.Ordinal)).Split(',');
        Assert.Contains(nRow.Skip(2), c => c.Length == 0);
        var shown = nRow.Skip(1).Select(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (int?)null).ToList();
        Assert.NotNull(shown[0]);
    }
}
