using System.Text.RegularExpressions;
using Analysenotater.Notebooks.Tests.Cli;

namespace Analysenotater.Notebooks.Tests.Localization;

/// <summary>
/// Everything the command line prints is bokmål by default and English under <c>--language en</c>: the help of every
/// command (System.CommandLine's own headings included), usage and parse errors, and a normal run of validate, table,
/// reproduce and convert-data on a small generated file with problems (an unknown code, text in a numeric column, a
/// short row and an unknown column). Each output is scanned for English words.
/// </summary>
public sealed class CliLanguageScanTests
{
    /// <summary>English words that must not appear in bokmål output (whole words, after option names, placeholders and paths are removed).</summary>
    private static readonly string[] EnglishWords =
    [
        "Usage", "Options", "Commands", "Arguments", "Description", "default", "usage", "options", "command", "Show", "help", "version",
        "row", "column", "value", "note", "error", "respondents", "variables", "kept", "empty", "the", "not", "must", "missing", "Required",
        "Unrecognized", "wrote", "file", "items", "No", "such", "Cannot", "parse", "expected", "interrupting", "study",
    ];

    /// <summary>Words that show the English output is English.</summary>
    private static readonly string[] EnglishMarkers = ["Usage:", "Options:", "Description:"];

    private static string Scratch => TestFiles.NewScratchFolder();

    /// <summary>A small KoRus-shaped file: 30 generated rows (seeded), then one unknown code, one text age, one short row and an unknown column.</summary>
    private static string SmallFileWithProblems()
    {
        var random = new Random(1919);
        var lines = new List<string> { "lopenr,kommune,kommunestorrelse,kjonn,alder,q9,q10,ekstra" };
        for (var i = 1; i <= 30; i++)
        {
            lines.Add(string.Join(',', i, 1 + (i % 6), 1 + (i % 3), 1 + random.Next(2), 20 + random.Next(50), 1 + random.Next(5), 1 + random.Next(5), "x"));
        }

        lines[3] = "3,4,1,1,44,17,3,x"; // q9 = 17 is not on the scale
        lines[5] = "5,6,3,2,førti,4,4,x"; // age as text
        lines.Add("31,1,2,1"); // a short row
        var path = Path.Combine(Scratch, "liten.csv");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    private static IEnumerable<string[]> Invocations(string data, string folder) =>
    [
        ["--help"], ["run", "--help"], ["convert", "--help"], ["bench", "--help"], ["kernel", "--help"], ["kernel", "install", "--help"],
        ["kernel", "worker", "--help"], ["reproduce", "--help"], ["validate", "--help"], ["table", "--help"], ["convert-data", "--help"],
        [], ["tabel"], ["table"], ["table", data, "q9", "--decimals", "abc"], ["table", data, "q9", "--format", "foo"], ["table", data, "q9", "--then-by", "kjonn"],
        ["validate", Path.Combine(folder, "finnes-ikke.csv")], ["run", Path.Combine(folder, "finnes-ikke.ipynb")], ["convert", "a.txt", "b.txt"],
        ["kernel", "install", "--user", "--prefix", folder], ["run", folder, "--culture", "xx-ugyldig"], ["convert-data", data, data],
        ["validate", data, "--instrument", "korus-2017"], ["validate", data, "--strict", "--instrument", "korus-2017"], ["validate", data],
        ["table", data, "q9", "--by", "kommunestorrelse", "--instrument", "korus-2017"], ["table", data, "q9", "--instrument", "korus-2017", "--study", "none"], ["reproduce", data, "--instrument", "korus-2017"],
        ["convert-data", data, Path.Combine(folder, "ut.xlsx"), "--instrument", "korus-2017"],
    ];

    /// <summary>The output with what is not prose removed: option names, placeholders, paths and quoted values.</summary>
    private static string Prose(string output, string folder) =>
        Regex.Replace(output.Replace(folder, "", StringComparison.Ordinal), @"(--?[a-z][a-z-]*|<[^>]*>|\[[^\]]*\]|«[^»]*»|'[^']*'|""[^""]*""|/[^\s]+|\S+\.(csv|xlsx|ipynb|txt|json|sav|zsav|dib|tsv|csx))", " ");

    [Fact]
    public async Task Every_command_prints_bokmal_by_default_and_English_with_language_en()
    {
        var data = SmallFileWithProblems();
        var folder = Path.GetDirectoryName(data)!;
        var seen = 0;
        foreach (var args in Invocations(data, folder))
        {
            var (code, stdout, stderr) = await CliRun.Invoke(args);
            var output = stdout + stderr;
            Assert.False(string.IsNullOrWhiteSpace(output), $"analysenotater {string.Join(' ', args)} printed nothing");
            Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
            var prose = Prose(output, folder);
            foreach (var word in EnglishWords)
            {
                var m = Regex.Match(prose, $@"(?<![\p{{L}}\-]){Regex.Escape(word)}(?![\p{{L}}\-])");
                Assert.False(m.Success, $"analysenotater {string.Join(' ', args)} (exit {code}) prints the English «{word}»:\n{output}");
            }

            seen++;
        }

        Assert.Equal(Invocations(data, folder).Count(), seen);

        // The same commands in English: the help headings, usage errors and import messages are English.
        var help = await CliRun.Invoke("table", "--help", "--language", "en");
        Assert.All(EnglishMarkers, m => Assert.Contains(m, help.Out, StringComparison.Ordinal));
        var unknown = await CliRun.Invoke("tabel", "--language", "en");
        Assert.Contains("Unrecognized command or argument 'tabel'.", unknown.Err, StringComparison.Ordinal);
        Assert.Contains("usage: analysenotater [command] [options]", unknown.Err, StringComparison.Ordinal);
        var table = await CliRun.Invoke("table", data, "q9", "--instrument", "korus-2017", "--study", "none", "--language", "en");
        Assert.Contains("respondents ×", table.Err, StringComparison.Ordinal);
        Assert.Contains("error: liten.csv, row 4, column \"q9\", value \"17\": code 17 is not on scale S5", table.Err, StringComparison.Ordinal);
        var decimals = await CliRun.Invoke("table", data, "q9", "--decimals", "abc", "--language", "en");
        Assert.Contains("--decimals must be a whole number from 0 to 4, not 'abc'.", decimals.Err, StringComparison.Ordinal);

        // And the bokmål texts that replace them.
        var nb = await CliRun.Invoke("table", data, "q9", "--instrument", "korus-2017", "--study", "none");
        Assert.Contains("respondenter ×", nb.Err, StringComparison.Ordinal);
        Assert.Contains("feil: liten.csv, rad 4, kolonne «q9», verdi «17»: koden 17 finnes ikke på skala S5", nb.Err, StringComparison.Ordinal);
        var nbHelp = await CliRun.Invoke("table", "--help");
        Assert.All(["Beskrivelse:", "Bruk:", "Argumenter:", "Valg:"], m => Assert.Contains(m, nbHelp.Out, StringComparison.Ordinal));
        var nbUnknown = await CliRun.Invoke("tabel");
        Assert.Contains("Ukjent kommando eller argument «tabel».", nbUnknown.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_System_CommandLine_message_format_has_a_bokmal_text()
    {
        // The English entries are System.CommandLine 3.0's own format strings (its resources), read here by reflection, so
        // a new library version with changed texts fails this test instead of printing untranslated English.
        var resources = typeof(System.CommandLine.Command).Assembly.GetType("System.CommandLine.Properties.Resources")!;
        var en = Analysenotater.Cli.CliTexts.Catalog.Entries(Analysenotater.Localization.MessageLanguage.English);
        foreach (var key in en.Keys.Where(k => k.StartsWith("ParseError.", StringComparison.Ordinal)))
        {
            var name = key["ParseError.".Length..];
            var property = resources.GetProperty(name, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public);
            Assert.True(property is not null, $"System.CommandLine has no resource {name}");
            Assert.Equal((string)property.GetValue(null)!, en[key]);
        }
    }
}
