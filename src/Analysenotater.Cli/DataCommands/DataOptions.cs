using System.CommandLine;

namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// The options the data commands share, each a new instance with its description, completions and validation:
/// <c>--instrument</c>, <c>--format</c>, <c>--output</c>, <c>--strict</c>, and a data file argument.
/// </summary>
internal static class DataOptions
{
    /// <summary>A data file argument (.csv/.tsv/.txt/.xlsx/.sav/.zsav).</summary>
    /// <param name="name">The argument's name in the help.</param>
    /// <param name="description">What the file is.</param>
    /// <returns>The argument.</returns>
    public static Argument<string> DataFile(string name, string description) => new(name) { Description = description };

    /// <summary><c>--instrument korus-2017|ks-psykisk-helse-rus|path.json|auto|none</c> (default auto).</summary>
    /// <returns>The option.</returns>
    public static Option<string> Instrument()
    {
        var option = new Option<string>("--instrument")
        {
            Description = "The instrument of the data: korus-2017, ks-psykisk-helse-rus, a path to an instrument .json, auto (recognise from the columns; default) or none.",
            HelpName = SurveyDataInput.InstrumentChoices,
        };
        option.CompletionSources.Add("korus-2017", "ks-psykisk-helse-rus", "auto", "none");
        return option;
    }

    /// <summary><c>--format</c> with the given choices (default text); the choice is case-insensitive.</summary>
    /// <param name="allowed">The formats the command supports.</param>
    /// <returns>The option.</returns>
    public static Option<OutputFormat> Format(params OutputFormat[] allowed)
    {
        var names = allowed.Select(f => f.ToString().ToLowerInvariant()).ToArray();
        var option = new Option<OutputFormat>("--format")
        {
            Description = "What to print: " + string.Join(", ", names) + " (default text).",
            HelpName = string.Join('|', names),
            DefaultValueFactory = _ => OutputFormat.Text,
            CustomParser = result =>
            {
                var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                var i = Array.FindIndex(names, n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
                if (i < 0)
                {
                    result.AddError($"--format must be one of {string.Join("|", names)}, not '{value}'.");
                    return OutputFormat.Text;
                }

                return allowed[i];
            },
        };
        option.CompletionSources.Add(names);
        return option;
    }

    /// <summary><c>--output file</c>: write the result there instead of to standard output.</summary>
    /// <returns>The option.</returns>
    public static Option<string> OutputFile() => new("--output")
    {
        Description = "Write the result to this file (UTF-8) instead of standard output.",
        HelpName = "file",
    };

    /// <summary><c>--strict</c>: stop with exit code 1 when the data has an import error.</summary>
    /// <returns>The option.</returns>
    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Stop with exit code 1 when a cell of the data is invalid (default: read it as no answer and go on).",
    };

    /// <summary>An option whose value must be one of <paramref name="choices"/> (case-insensitive), with completions.</summary>
    /// <param name="name">The option, for example "--recode".</param>
    /// <param name="description">What it does.</param>
    /// <param name="choices">The accepted values.</param>
    /// <returns>The option.</returns>
    public static Option<string> Choice(string name, string description, params string[] choices)
    {
        var option = new Option<string>(name) { Description = description, HelpName = string.Join('|', choices) };
        option.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, choices);
        return option;
    }
}
