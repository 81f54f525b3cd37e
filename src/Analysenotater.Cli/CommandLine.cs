using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Analysenotater.Localization;

namespace Analysenotater.Cli;

/// <summary>
/// Parses <c>analysenotater &lt;command&gt; …</c> with System.CommandLine (the commands of <see cref="CommandTable"/>)
/// and runs it. Parse and validation errors print the message and the command's usage line and exit 2; no command
/// prints the help and exits 2; Ctrl+C interrupts the running cell.
/// </summary>
internal static class CommandLine
{
    /// <summary>The global option choosing the language of messages and reports (<see cref="MessageLanguage"/>).</summary>
    public const string LanguageOptionName = "--language";

    /// <summary>Parses and runs <paramref name="args"/>.</summary>
    /// <param name="args">The arguments after the program name.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code (<see cref="CliExitCodes"/>).</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        // Descriptions come from CliTexts when the commands are built, so the language must be known before parsing:
        // --help under --language en is rendered in English.
        using var helpLanguageScope = LanguageFromArguments(args) is { } early ? MessageLanguage.Use(MessageLanguage.Parse(early)) : null;
        var root = CreateRootCommand();
        var parseResult = root.Parse(args);
        var language = parseResult.Errors.Count == 0 ? parseResult.GetValue<string>(LanguageOptionName) : null;
        using var languageScope = MessageLanguage.Use(language is null ? MessageLanguage.Current : MessageLanguage.Parse(language));

        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };

        if (parseResult.Errors.Count > 0 && parseResult.Action is ParseErrorAction)
        {
            var command = parseResult.CommandResult.Command;
            foreach (var error in parseResult.Errors)
            {
                var message = CliParseErrors.Translate(error.Message);
                stderr.WriteLine(command is RootCommand ? $"analysenotater: {message}" : $"analysenotater {command.Name}: {message}");
            }

            stderr.WriteLine(CliUsage.Line(command));
            return CliExitCodes.Usage;
        }

        using var cts = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (!cts.IsCancellationRequested)
            {
                e.Cancel = true;
                stderr.WriteLine(CliTexts.Get("Cli.Interrupting"));
                cts.Cancel();
            }
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await parseResult.InvokeAsync(configuration, cts.Token).ConfigureAwait(false);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>The value of <c>--language xx</c> or <c>--language=xx</c> in <paramref name="args"/> when it is a known code (the last one wins), else null.</summary>
    /// <param name="args">The raw arguments.</param>
    /// <returns>The language code, or null.</returns>
    private static string? LanguageFromArguments(IReadOnlyList<string> args)
    {
        string? code = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == LanguageOptionName && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith(LanguageOptionName + "=", StringComparison.Ordinal) ? args[i][(LanguageOptionName.Length + 1)..]
                : null;
            if (value is not null && MessageLanguage.Codes.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                code = value;
            }
        }

        return code;
    }

    /// <summary>The root command with every subcommand of <see cref="CommandTable"/>; without a command it prints the help and exits 2.</summary>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand(CliTexts.Get("Help.Root"));
        foreach (var command in CommandTable.Create())
        {
            root.Add(command);
        }

        var languageOption = new Option<string>(LanguageOptionName)
        {
            Description = CliTexts.Get("Help.Language"),
            HelpName = "nb|en",
            Recursive = true,
        };
        languageOption.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, [.. MessageLanguage.Codes]);
        root.Add(languageOption);
        foreach (var option in root.Options)
        {
            if (option is HelpOption)
            {
                option.Description = CliTexts.Get("Help.Help");
            }
            else if (option is VersionOption)
            {
                option.Description = CliTexts.Get("Help.Version");
            }
        }

        CliHelp.Install(root);
        root.SetAction(parseResult =>
        {
            CliHelp.Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
            return CliExitCodes.Usage;
        });
        return root;
    }
}
