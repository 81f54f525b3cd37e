using Analysenotater.Notebooks.Documents;

namespace Analysenotater.Cli.Commands;

/// <summary><c>analysenotater convert a.dib b.ipynb</c> (and back): converts by the file extensions; .dib files keep no outputs.</summary>
internal sealed class ConvertCommand : ICliCommand
{
    public string Name => "convert";

    public string Usage => "convert <from.dib|from.ipynb> <to.ipynb|to.dib>";

    public string Summary => "Converts between Polyglot .dib and Jupyter .ipynb (outputs are dropped when writing .dib).";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken)
    {
        if (args.Count != 2)
        {
            throw new CliUsageException("convert needs a source and a target file.");
        }

        var (from, to) = (args[0], args[1]);
        if (Path.GetExtension(from).ToLowerInvariant() is not (".dib" or ".ipynb") || Path.GetExtension(to).ToLowerInvariant() is not (".dib" or ".ipynb"))
        {
            throw new CliUsageException("convert works between .dib and .ipynb files.");
        }

        var notebook = NotebookFile.Read(from);
        NotebookFile.Write(to, notebook);
        context.Out.WriteLine($"wrote {to} ({notebook.Cells.Count} cells)");
        return Task.FromResult(0);
    }
}
