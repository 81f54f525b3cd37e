using System.CommandLine;
using Analysenotater.Cli;

namespace Analysenotater.Notebooks.Tests.Cli;

/// <summary>Help, validation and completion of the System.CommandLine command line: every command and option is declared and checked before a command runs.</summary>
public sealed class CommandLineParsingTests
{
    private static readonly string[] Commands = ["run", "convert", "bench", "kernel", "reproduce", "validate", "table", "convert-data"];

    private static Task<(int Code, string Out, string Err)> Cli(params string[] args) => CliRun.Invoke(args);

    [Fact]
    public async Task Help_lists_every_command_and_no_command_prints_help_with_exit_2()
    {
        var (code, stdout, _) = await Cli("--help");
        Assert.Equal(0, code);
        foreach (var command in Commands)
        {
            Assert.Contains("  " + command + " ", stdout, StringComparison.Ordinal);
        }

        var none = await Cli();
        Assert.Equal(2, none.Code);
        Assert.Contains("run <path>", none.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run", "--parameter", "--output", "--allow-errors", "--format")]
    [InlineData("convert", "<from>", "<to>")]
    [InlineData("bench", "--cells", "[standard: notebooks]")]
    [InlineData("kernel", "--connection-file", "install")]
    [InlineData("reproduce", "--instrument", "--format", "--all", "--strict", "--output")]
    [InlineData("validate", "--instrument", "--strict", "--format", "--output")]
    [InlineData("table", "--by", "--then-by", "--recode", "--denominator", "--decimals", "--instrument", "--strict", "--format", "--output")]
    [InlineData("convert-data", "--instrument", "--strict", "--force")]
    public async Task Each_command_has_help_naming_all_its_options(string command, params string[] expected)
    {
        var (code, stdout, err) = await Cli(command, "--help");
        Assert.True(code == 0, err);
        foreach (var text in expected)
        {
            Assert.Contains(text, stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("«foo»", "table", "a.csv", "q9", "--recode", "foo")]
    [InlineData("--decimals", "table", "a.csv", "q9", "--decimals", "9")]
    [InlineData("--then-by krever --by", "table", "a.csv", "q9", "--then-by", "kjonn")]
    [InlineData("--format må være en av text|markdown|html|csv, ikke «pdf»", "validate", "a.csv", "--format", "pdf")]
    [InlineData("--cells", "bench", "--cells", "0")]
    [InlineData("-p venter navn=verdi, fikk «datafil»", "run", "notebooks", "-p", "datafil")]
    [InlineData("«q9»", "convert", "a.dib", "b.ipynb", "q9")]
    [InlineData("convert konverterer mellom .dib- og .ipynb-filer", "convert", "a.txt", "b.ipynb")]
    [InlineData("item", "table", "a.csv")]
    [InlineData("«b.csv»", "reproduce", "a.csv", "b.csv")]
    [InlineData("--user og --prefix", "kernel", "install", "--user", "--prefix", "/tmp/x")]
    public async Task Invalid_arguments_exit_2_with_the_reason_and_the_usage_line(string reason, params string[] args)
    {
        var (code, _, err) = await Cli(args);
        Assert.Equal(2, code);
        Assert.Contains(reason, err, StringComparison.Ordinal);
        Assert.Contains("bruk: analysenotater " + args[0], err, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_take_their_value_after_a_space_or_an_equals_sign_and_parameters_repeat()
    {
        var root = CommandLine.CreateRootCommand();
        Assert.Empty(root.Parse(["table", "a.csv", "q9", "--by=kjonn", "--then-by", "alder", "--recode", "KORUS3", "--format=csv"]).Errors);
        var run = root.Parse(["run", "-p", "a=1", "notebooks", "--parameter", "b=x=y", "-o", "ut"]);
        Assert.Empty(run.Errors);
        Assert.Equal("notebooks", run.GetValue<string>("path"));
        Assert.Equal(["a=1", "b=x=y"], run.GetValue<string[]>("--parameter") ?? []);
    }

    [Theory]
    [InlineData("table a.csv q9 --recode ", "korus3", "topbox", "hscl2")]
    [InlineData("table a.csv q9 --format ", "text", "markdown", "html", "csv")]
    [InlineData("validate a.csv --instrument ", "korus-2017", "ks-psykisk-helse-rus", "auto", "none")]
    [InlineData("run notebooks --format ", "ipynb", "html")]
    [InlineData("conv", "convert", "convert-data")]
    public void Completion_offers_the_commands_and_the_choices_of_an_option(string line, params string[] expected)
    {
        var completions = CommandLine.CreateRootCommand().Parse(line).GetCompletions().Select(c => c.Label).ToList();
        foreach (var e in expected)
        {
            Assert.Contains(e, completions);
        }
    }

    [Fact]
    public async Task Kernel_install_writes_the_kernelspec_under_a_prefix()
    {
        var prefix = TestFiles.NewScratchFolder();
        var (code, stdout, err) = await Cli("kernel", "install", "--prefix", prefix);
        Assert.True(code == 0, err);
        Assert.Contains(".net-csharp", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(prefix, "share", "jupyter", "kernels", ".net-csharp", "kernel.json")));
    }
}
