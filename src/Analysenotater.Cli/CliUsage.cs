using System.CommandLine;

namespace Analysenotater.Cli;

/// <summary>The one-line usage shown after a usage error, built from the command's declared arguments and options.</summary>
internal static class CliUsage
{
    /// <summary>For example <c>bruk: analysenotater run &lt;path&gt; [valg] (se: analysenotater run --help)</c> (in the language of <c>--language</c>).</summary>
    /// <param name="command">The command (the root command gives the program's usage).</param>
    /// <returns>The line.</returns>
    public static string Line(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var path = new List<string>();
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            path.Insert(0, c is RootCommand ? "analysenotater" : c.Name);
        }

        return CliTexts.Format("Usage.Line", CliHelp.Usage(command), string.Join(' ', path));
    }
}
