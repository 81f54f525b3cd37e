using System.CommandLine;
using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Parameters;

namespace Analysenotater.Cli;

/// <summary>
/// One subcommand of <c>analysenotater</c> on System.CommandLine: the options and arguments are declared as fields
/// of the subclass (added with <see cref="Command.Add(Option)"/> in its constructor), <see cref="Bind"/> reads them
/// into a settings record, and <see cref="ExecuteAsync"/> runs on that record. Parsing, help (<c>--help</c>),
/// completion (<c>[suggest]</c>) and the validators on each option come from the library; a
/// <see cref="CliUsageException"/> thrown by <see cref="Bind"/> or <see cref="ExecuteAsync"/> prints the message and
/// the usage line (exit code 2), a missing file or folder prints its message (exit code 2).
/// To add a command: subclass this with a settings record and add one line in <see cref="CommandTable"/>.
/// </summary>
/// <typeparam name="TSettings">The command's settings record: everything the command needs from the command line.</typeparam>
internal abstract class CliCommand<TSettings> : Command
    where TSettings : notnull
{
    /// <summary>Creates the command and wires its action.</summary>
    /// <param name="name">The word after <c>analysenotater</c>, for example "run".</param>
    /// <param name="description">One sentence for the help.</param>
    protected CliCommand(string name, string description)
        : base(name, description)
    {
        SetAction(async (parseResult, cancellationToken) =>
        {
            var context = CliContext.From(parseResult);
            try
            {
                var settings = Bind(parseResult);
                return await ExecuteAsync(settings, context, cancellationToken).ConfigureAwait(false);
            }
            catch (CliUsageException e)
            {
                context.Error.WriteLine($"analysenotater {Name}: {e.Message}");
                context.Error.WriteLine(CliUsage.Line(this));
                return CliExitCodes.Usage;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or NotebookFormatException or ParameterException or IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"analysenotater {Name}: {e.Message}");
                return CliExitCodes.Usage;
            }
        });
    }

    /// <summary>Reads the parsed command line into the settings record; checks that need more than one option go here.</summary>
    /// <param name="parseResult">The parsed command line (no parse errors).</param>
    /// <returns>The settings.</returns>
    /// <exception cref="CliUsageException">The options do not fit together.</exception>
    protected abstract TSettings Bind(ParseResult parseResult);

    /// <summary>Runs the command; returns the process exit code (0 success, 1 failure, 2 usage or input error).</summary>
    /// <param name="settings">The settings from <see cref="Bind"/>.</param>
    /// <param name="context">Where to write.</param>
    /// <param name="cancellationToken">Cancelled on Ctrl+C.</param>
    /// <returns>The exit code.</returns>
    protected abstract Task<int> ExecuteAsync(TSettings settings, CliContext context, CancellationToken cancellationToken);
}
