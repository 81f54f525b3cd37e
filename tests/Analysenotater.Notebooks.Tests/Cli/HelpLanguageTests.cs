using Analysenotater.Cli;

namespace Analysenotater.Notebooks.Tests.Cli;

/// <summary>Help texts come from the CLI's resource catalog: bokmål by default, English with <c>--language en</c>.</summary>
public sealed class HelpLanguageTests
{
    private static async Task<(int Code, string Out, string Err)> Cli(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Validate_help_is_bokmal_by_default_and_english_with_language_en()
    {
        var nb = await Cli("validate", "--help");
        Assert.Equal(0, nb.Code);
        Assert.Contains("Leser en datafil fra en undersøkelse", nb.Out, StringComparison.Ordinal);
        Assert.Contains("Instrumentet dataene bygger på", nb.Out, StringComparison.Ordinal);
        Assert.Contains("Hva som skal skrives: text, markdown, html, csv", nb.Out, StringComparison.Ordinal);
        Assert.Contains("Vis hjelp og bruk", nb.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Reads a survey data file", nb.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("The instrument of the data", nb.Out, StringComparison.Ordinal);

        foreach (var args in new[] { new[] { "validate", "--help", "--language", "en" }, ["--language=en", "validate", "--help"] })
        {
            var en = await Cli(args);
            Assert.Equal(0, en.Code);
            Assert.Contains("Reads a survey data file", en.Out, StringComparison.Ordinal);
            Assert.Contains("The instrument of the data", en.Out, StringComparison.Ordinal);
            Assert.Contains("What to print: text, markdown, html, csv", en.Out, StringComparison.Ordinal);
            Assert.Contains("Show help and usage information", en.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("Leser en datafil", en.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("run", "Kjører notatboken(e)", "Runs the notebook(s)")]
    [InlineData("convert", "Konverterer mellom Polyglot", "Converts between Polyglot")]
    [InlineData("bench", "Skriver kald kjøretid", "Prints the cold time")]
    [InlineData("kernel", "Kjører C#-kjernen", "Runs the C# Jupyter kernel")]
    [InlineData("table", "Skriver frekvenstabellen", "Prints the frequency table")]
    [InlineData("reproduce", "Beregner hvert publiserte", "Recomputes every published")]
    [InlineData("convert-data", "Konverterer data fra undersøkelser", "Converts survey data")]
    public async Task Every_command_help_follows_the_language(string command, string bokmal, string english)
    {
        var nb = await Cli(command, "--help");
        Assert.Contains(bokmal, nb.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(english, nb.Out, StringComparison.Ordinal);
        var en = await Cli(command, "--help", "--language", "en");
        Assert.Contains(english, en.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(bokmal, en.Out, StringComparison.Ordinal);
    }
}
