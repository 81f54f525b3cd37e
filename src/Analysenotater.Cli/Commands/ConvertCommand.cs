using System.CommandLine;
using Analysenotater.Notebooks.Documents;

namespace Analysenotater.Cli.Commands;

/// <summary><c>analysenotater convert a.dib b.ipynb</c> (and back): converts by the file extensions; .dib files keep no outputs.</summary>
internal sealed class ConvertCommand : CliCommand<ConvertSettings>
{
    private static readonly string[] Extensions = [".dib", ".ipynb"];

    private readonly Argument<string> _from = new("from") { Description = CliTexts.Get("Help.Convert.From") };
    private readonly Argument<string> _to = new("to") { Description = CliTexts.Get("Help.Convert.To") };

    /// <summary>Declares the arguments.</summary>
    public ConvertCommand()
        : base("convert", CliTexts.Get("Help.Convert"))
    {
        Add(_from);
        Add(_to);
    }

    /// <inheritdoc />
    protected override ConvertSettings Bind(ParseResult parseResult)
    {
        var settings = new ConvertSettings(parseResult.GetRequiredValue(_from), parseResult.GetRequiredValue(_to));
        if (!Extensions.Contains(Path.GetExtension(settings.From).ToLowerInvariant()) || !Extensions.Contains(Path.GetExtension(settings.To).ToLowerInvariant()))
        {
            throw new CliUsageException(CliTexts.Get("Error.ConvertKinds"));
        }

        return settings;
    }

    /// <inheritdoc />
    protected override Task<int> ExecuteAsync(ConvertSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        var notebook = NotebookFile.Read(settings.From);
        NotebookFile.Write(settings.To, notebook);
        context.Out.WriteLine($"wrote {settings.To} ({notebook.Cells.Count} cells)");
        return Task.FromResult(CliExitCodes.Success);
    }
}
