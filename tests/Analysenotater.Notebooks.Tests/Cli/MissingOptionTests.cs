using Analysenotater.Import;
using Analysenotater.Tables;

namespace Analysenotater.Notebooks.Tests.Cli;

/// <summary>
/// <c>--missing 6=ikke-aktuelt</c> and <c>--codebook</c> on the data commands: the table printed equals the library's
/// table on the same file read with the same ImportOptions, and 6 is shown as «ikke aktuelt», not counted as valid.
/// </summary>
public sealed class MissingOptionTests
{
    private static Task<(int Code, string Out, string Err)> Cli(params string[] args) => CliRun.Invoke(args);

    private static string WriteCsv(string folder)
    {
        var rng = new Random(7);
        var lines = new List<string> { "id,kjonn,s1,s2" };
        for (var i = 0; i < 120; i++)
        {
            lines.Add($"{i + 1},{1 + rng.Next(2)},{(rng.NextDouble() < 0.15 ? 6 : 1 + rng.Next(5))},{1 + rng.Next(5)}");
        }

        var path = Path.Combine(folder, "generisk.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public async Task Table_with_missing_code_and_codebook_equals_the_library_table()
    {
        var folder = TestFiles.NewScratchFolder();
        var csv = WriteCsv(folder);
        var book = Path.Combine(folder, "kodebok.csv");
        File.WriteAllText(book, "variable,code,label\nkjonn,1,mann\nkjonn,2,kvinne\n");
        var (code, stdout, err) = await Cli("table", csv, "s1", "--by", "kjonn", "--missing", "6=ikke-aktuelt", "--codebook", book, "--format", "csv");
        Assert.True(code == 0, err);
        var options = new ImportOptions { MissingCodes = [MissingCode.Parse("6=ikke-aktuelt")], Codebook = Codebook.FromCsv(book) };
        var data = SurveyCsvReader.Read(csv, null, options).Dataset;
        var expected = FrequencyTables.By(data, "s1", "kjonn").Summary().ToCsv();
        Assert.Equal(expected, stdout);
        Assert.Contains("ikke aktuelt", stdout, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("mann", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Kvinner", stdout, StringComparison.Ordinal);
        Assert.Contains("bygd fra --missing/--codebook", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_missing_code_is_a_usage_error()
    {
        var folder = TestFiles.NewScratchFolder();
        var csv = WriteCsv(folder);
        var (code, _, err) = await Cli("validate", csv, "--missing", "seks=ikke-aktuelt");
        Assert.Equal(2, code);
        Assert.Contains("\"seks\" is not an integer", err, StringComparison.Ordinal);
    }
}
