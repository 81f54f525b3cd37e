using Analysenotater.Notebooks.Documents;

namespace Analysenotater.Notebooks.Tests.Cli;

/// <summary>Progress of <c>run</c> when standard error is redirected, <c>--quiet</c>, the language of messages and the culture of cells.</summary>
public sealed class ProgressAndLanguageTests
{
    private static Task<(int Code, string Out, string Err)> Cli(params string[] args) => CliRun.Invoke(args);

    private static string NotebookWithSkippedCell()
    {
        var dir = TestFiles.NewScratchFolder();
        var path = Path.Combine(dir, "blandet.ipynb");
        NotebookFile.Write(path, new Notebook(
        [
            NotebookCell.Code("var x = 1.5;"),
            NotebookCell.Code("print(1)") with { Language = "python" },
            NotebookCell.Code("Console.WriteLine($\"{x} {new DateTime(2019, 1, 1):d}\");"),
            NotebookCell.Code("throw new InvalidOperationException(\"stopp\");"),
        ]));
        return path;
    }

    [Fact]
    public async Task Redirected_progress_is_one_line_per_cell_with_the_numbers_errors_use_and_skipped_cells_counted()
    {
        var dir = TestFiles.NewScratchFolder();
        var (code, _, err) = await Cli("run", NotebookWithSkippedCell(), "--output", dir, "--format", "ipynb");
        Assert.Equal(1, code);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("blandet.ipynb [1/4] ok ", StringComparison.Ordinal));
        Assert.Contains("blandet.ipynb [2/4] hoppet over (ikke C#)", lines);
        Assert.Contains(lines, l => l.StartsWith("blandet.ipynb [3/4] ok ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("blandet.ipynb [4/4] FEIL ", StringComparison.Ordinal) && l.Contains("(cell 4, line 1)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("1 hoppet over", StringComparison.Ordinal));

        // Cells ran with nb-NO: «1,5» and «01.01.2019».
        var executed = NotebookFile.Read(Path.Combine(dir, "blandet.ipynb"));
        Assert.Equal("1,5 01.01.2019\n", executed.Cells[2].Outputs.Single().Text);
    }

    [Fact]
    public async Task Quiet_prints_no_progress_and_language_en_and_culture_switch_messages_and_cells()
    {
        var dir = TestFiles.NewScratchFolder();
        var quiet = await Cli("run", TestFiles.Fixture("basics.ipynb"), "--output", dir, "--format", "ipynb", "--quiet");
        Assert.True(quiet.Code == 0, quiet.Err);
        Assert.Equal("", quiet.Err);
        Assert.StartsWith("skrev ", quiet.Out, StringComparison.Ordinal);

        var english = await Cli("run", NotebookWithSkippedCell(), "--output", dir, "--format", "ipynb", "--language", "en", "--culture", "en-US", "--allow-errors");
        Assert.Equal(0, english.Code);
        Assert.Contains("[2/4] skipped (not C#)", english.Err, StringComparison.Ordinal);
        Assert.StartsWith("wrote ", english.Out, StringComparison.Ordinal);
        Assert.Equal("1.5 1/1/2019\n", NotebookFile.Read(Path.Combine(dir, "blandet.ipynb")).Cells[2].Outputs.Single().Text);

        Assert.Equal(2, (await Cli("run", dir, "--culture", "xx-nope")).Code);
        Assert.Equal(2, (await Cli("run", dir, "--language", "de")).Code);
    }
}
