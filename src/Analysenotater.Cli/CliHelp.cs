using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Analysenotater.Cli;

/// <summary>
/// The help page of a command in the language of <c>--language</c>: description, usage, arguments, options (the
/// command's own and those inherited from its parents) and subcommands, under headings from <see cref="CliTexts"/>.
/// Replaces System.CommandLine's built-in help, whose headings («Usage:», «Options:») are English only.
/// </summary>
internal sealed class CliHelp : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <summary>Makes <paramref name="root"/>'s help option (and so every subcommand's <c>--help</c>) print this help.</summary>
    /// <param name="root">The root command.</param>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Action = new CliHelp();
        }
    }

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return CliExitCodes.Success;
    }

    /// <summary>Writes the help page of <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(Command command, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(output);
        if (!string.IsNullOrWhiteSpace(command.Description))
        {
            output.WriteLine(CliTexts.Get("Help.Heading.Description"));
            output.WriteLine("  " + command.Description);
            output.WriteLine();
        }

        output.WriteLine(CliTexts.Get("Help.Heading.Usage"));
        output.WriteLine("  " + Usage(command));
        output.WriteLine();

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => (Label: ArgumentLabel(a), Text: Describe(a.Description, a.HasDefaultValue ? a.GetDefaultValue() : null))).ToList();
        Section(output, CliTexts.Get("Help.Heading.Arguments"), arguments);

        var options = command.Options.Concat(Ancestors(command).SelectMany(c => c.Options.Where(o => o.Recursive)))
            .Where(o => !o.Hidden)
            .Distinct()
            .Select(o => (Label: OptionLabel(o), Text: Describe(o.Description, o.HasDefaultValue && o.ValueType != typeof(bool) ? o.GetDefaultValue() : null)))
            .ToList();
        Section(output, CliTexts.Get("Help.Heading.Options"), options);

        var commands = command.Subcommands.Where(c => !c.Hidden)
            .Select(c => (Label: string.Join(' ', new[] { c.Name }.Concat(c.Arguments.Where(a => !a.Hidden).Select(ArgumentLabel))), Text: c.Description ?? string.Empty))
            .ToList();
        Section(output, CliTexts.Get("Help.Heading.Commands"), commands);
    }

    /// <summary>The usage line: the command path, its arguments, and «[kommando]»/«[valg]» placeholders.</summary>
    /// <param name="command">The command.</param>
    /// <returns>For example <c>analysenotater table &lt;datafile&gt; &lt;item&gt; [valg]</c>.</returns>
    public static string Usage(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var words = new List<string>(Ancestors(command).Reverse().Select(NameOf)) { NameOf(command) };
        words.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => a.Arity.MinimumNumberOfValues == 0 ? $"[{ArgumentLabel(a)}]" : ArgumentLabel(a)));
        if (command.Subcommands.Any(c => !c.Hidden))
        {
            words.Add(CliTexts.Get("Help.Usage.Command"));
        }

        if (command.Options.Any(o => !o.Hidden) || Ancestors(command).Any(c => c.Options.Any(o => o.Recursive && !o.Hidden)))
        {
            words.Add(CliTexts.Get("Usage.Options"));
        }

        return string.Join(' ', words);
    }

    private static string NameOf(Command command) => command is RootCommand ? "analysenotater" : command.Name;

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return parent;
        }
    }

    private static string ArgumentLabel(Argument argument)
    {
        var label = $"<{argument.HelpName ?? argument.Name}>";
        return argument.Arity.MaximumNumberOfValues > 1 ? label + "..." : label;
    }

    private static string OptionLabel(Option option)
    {
        var names = option.Aliases.Append(option.Name).Where(n => !n.StartsWith('/')).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        var takesValue = option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0 && option is not HelpOption and not VersionOption;
        return takesValue ? $"{label} <{option.HelpName ?? option.Name.TrimStart('-')}>" : label;
    }

    private static string Describe(string? description, object? defaultValue)
    {
        var text = description ?? string.Empty;
        var value = defaultValue switch
        {
            null => null,
            Enum e => e.ToString().ToLowerInvariant(),
            string s when s.Length == 0 => null,
            IFormattable f => f.ToString(null, Localization.MessageLanguage.FormatCulture),
            _ => defaultValue.ToString(),
        };
        return value is null || text.Contains(value, StringComparison.OrdinalIgnoreCase)
            ? text
            : $"{text} [{CliTexts.Get("Help.Default")}: {value}]".TrimStart();
    }

    private static void Section(TextWriter output, string heading, IReadOnlyList<(string Label, string Text)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        output.WriteLine(heading);
        var width = rows.Max(r => r.Label.Length) + 2;
        foreach (var (label, text) in rows)
        {
            output.WriteLine(("  " + label.PadRight(width) + text).TrimEnd());
        }

        output.WriteLine();
    }
}
