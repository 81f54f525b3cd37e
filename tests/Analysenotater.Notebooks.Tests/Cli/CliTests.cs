using Analysenotater.Notebooks.Documents;

namespace Analysenotater.Notebooks.Tests.Cli;

public sealed class CliTests
{
    private static Task<(int Code, string Out, string Err)> Cli(params string[] args) => CliRun.Invoke(args);

    [Fact]
    public async Task Missing_notebook_gives_a_clear_error_and_exit_code_2()
    {
        var (code, _, err) = await Cli("run", "finnes-ikke.ipynb");
        Assert.Equal(2, code);
        Assert.Contains("Notatboken, mappen eller skriptet finnes ikke:", err, StringComparison.Ordinal);
        Assert.Contains("finnes-ikke.ipynb", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_and_bad_options_exit_2_with_usage()
    {
        Assert.Equal(2, (await Cli("lag-kaffe")).Code);
        var (code, _, err) = await Cli("run", TestFiles.Fixture("basics.ipynb"), "--format", "xls");
        Assert.Equal(2, code);
        Assert.Contains("bruk: analysenotater run", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_single_notebook_with_parameter_writes_ipynb_and_html_and_reports_progress()
    {
        var dir = TestFiles.NewScratchFolder();
        var (code, stdout, err) = await Cli("run", TestFiles.Fixture("basics.ipynb"), "-p", "kommune=Tromsø", "--output", dir);
        Assert.True(code == 0, err);
        Assert.Contains("[7/7] ok", err, StringComparison.Ordinal);
        Assert.Contains("basics.html", stdout, StringComparison.Ordinal);
        var written = NotebookFile.Read(Path.Combine(dir, "basics.ipynb"));
        Assert.Equal("Tromsø|5|0.5|False", written.Cells[^1].Outputs.Single().Bundle!.Text);
        TestFiles.AssertValidNbformat(Path.Combine(dir, "basics.ipynb"));
        Assert.True(File.Exists(Path.Combine(dir, "basics.html")));
    }

    [Fact]
    public async Task Failing_notebook_exits_1_unless_errors_are_allowed_and_format_limits_outputs()
    {
        var dir = TestFiles.NewScratchFolder();
        var (code, _, err) = await Cli("run", TestFiles.Fixture("compile-error.ipynb"), "--output", dir, "--format", "html");
        Assert.Equal(1, code);
        Assert.Contains("FEIL", err, StringComparison.Ordinal);
        Assert.Equal(["compile-error.html"], Directory.GetFiles(dir).Select(Path.GetFileName));
        var allowed = await Cli("run", TestFiles.Fixture("compile-error.ipynb"), "--output", dir, "--allow-errors");
        Assert.Equal(0, allowed.Code);
    }

    [Fact]
    public async Task Csx_script_runs_with_the_same_display_rules()
    {
        var dir = TestFiles.NewScratchFolder();
        var (code, _, err) = await Cli("run", TestFiles.Fixture("skript.csx"), "--output", dir);
        Assert.True(code == 0, err);
        var cell = NotebookFile.Read(Path.Combine(dir, "skript.ipynb")).Cells.Single();
        Assert.Equal(["Stream", "DisplayData", "ExecuteResult"], cell.Outputs.Select(o => o.Kind.ToString()));
        Assert.Equal("6", cell.Outputs[2].Bundle!.Text);
        Assert.Contains("plotly.js v2.28.0", await File.ReadAllTextAsync(Path.Combine(dir, "skript.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_dib_to_ipynb_and_back()
    {
        var dir = TestFiles.NewScratchFolder();
        var ipynb = Path.Combine(dir, "p.ipynb");
        var dib = Path.Combine(dir, "p.dib");
        Assert.Equal(0, (await Cli("convert", TestFiles.Fixture("polyglot.dib"), ipynb)).Code);
        TestFiles.AssertValidNbformat(ipynb);
        Assert.Equal(0, (await Cli("convert", ipynb, dib)).Code);
        Assert.Equal(await File.ReadAllTextAsync(TestFiles.Fixture("polyglot.dib")), await File.ReadAllTextAsync(dib));
    }
}
