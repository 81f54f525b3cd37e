using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Running;

namespace Analysenotater.Notebooks.Tests.Interactive;

/// <summary>The headless runner as Jupyter behaves: updates of an earlier cell's display land in that cell; the notebook's folder is the current directory.</summary>
[Collection(nameof(CurrentDirectoryCollection))]
public sealed class RunnerNotebookFolderTests
{
    [Fact]
    public async Task An_update_from_a_later_cell_is_written_back_to_the_cell_that_showed_the_display()
    {
        var notebook = new Notebook([
            NotebookCell.Code("var fruit = display(\"Let's get some fruit!\");"),
            NotebookCell.Code("fruit.Update(\"Apples\");\n\"done\""),
        ]);
        var result = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions { BaseDirectory = AppContext.BaseDirectory }, CancellationToken.None);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var first = Assert.Single(result.Notebook.Cells[0].Outputs);
        Assert.Equal("Apples", first.Bundle!.Data["text/plain"]);
        var second = Assert.Single(result.Notebook.Cells[1].Outputs);
        Assert.Equal(CellOutputKind.ExecuteResult, second.Kind);
    }

    [Fact]
    public async Task Relative_file_names_resolve_in_the_notebook_s_folder_and_the_directory_is_restored_afterwards()
    {
        var folder = TestFiles.NewScratchFolder();
        await File.WriteAllTextAsync(Path.Combine(folder, "data.txt"), "fra notatbokens mappe");
        var before = Environment.CurrentDirectory;
        var notebook = new Notebook([NotebookCell.Code("File.ReadAllText(\"data.txt\")")]);
        var result = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions { BaseDirectory = folder, UseNotebookFolderAsCurrentDirectory = true }, CancellationToken.None);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal("fra notatbokens mappe", result.Notebook.Cells[0].Outputs.Single().Bundle!.Data["text/plain"]);
        Assert.Equal(before, Environment.CurrentDirectory);
    }
}

/// <summary>Tests that change the process's current directory run alone (other tests may resolve relative paths meanwhile).</summary>
[CollectionDefinition(nameof(CurrentDirectoryCollection), DisableParallelization = true)]
public sealed class CurrentDirectoryCollection;
