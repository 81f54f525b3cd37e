using System.CommandLine;

namespace Analysenotater.Cli;

/// <summary>The one-line usage shown after a usage error, built from the command's declared arguments and options.</summary>
internal static class CliUsage
{
    /// <summary>For example <c>usage: analysenotater run &lt;path&gt; [options] (see analysenotater run --help)</c>.</summary>
    /// <param name="command">The subcommand.</param>
    /// <returns>The line.</returns>
    public static string Line(Command command)
    {
        var words = new List<string> { "analysenotater" };
        var chain = new List<Command>();
        for (Symbol? s = command; s is Command c && s is not RootCommand; s = c.Parents.FirstOrDefault())
        {
            chain.Insert(0, c);
        }

        words.AddRange(chain.Select(c => c.Name));
        var path = string.Join(' ', words);
        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
        {
            var label = argument.HelpName ?? argument.Name;
            words.Add(argument.Arity.MinimumNumberOfValues == 0 ? $"[{label}]" : $"<{label}>");
        }

        if (command.Options.Any(o => !o.Hidden))
        {
            words.Add("[options]");
        }

        return $"usage: {string.Join(' ', words)} (see: {path} --help)";
    }
}
