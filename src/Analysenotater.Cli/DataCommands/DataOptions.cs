using System.CommandLine;
using Analysenotater.Import;

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
            Description = CliTexts.Get("Help.Instrument"),
            HelpName = SurveyDataInput.InstrumentChoices,
        };
        option.CompletionSources.Add("korus-2017", "ks-psykisk-helse-rus", "auto", "none");
        return option;
    }

    /// <summary>--study: a study description (roles, labels, derived variables, recodes, scoring rules).</summary>
    public static Option<string> Study()
    {
        var option = new Option<string>("--study")
        {
            Description = CliTexts.Get("Help.Study"),
            HelpName = SurveyDataInput.StudyChoices,
        };
        option.CompletionSources.Add("korus-2017", "ks-psykisk-helse-rus", "auto", "none");
        return option;
    }

    /// <summary>--map: how the file's headers become item ids.</summary>
    public static Option<string> Map()
    {
        var option = new Option<string>("--map")
        {
            Description = CliTexts.Get("Help.Map"),
            HelpName = SurveyDataInput.MapChoices,
        };
        option.CompletionSources.Add("auto", "none");
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
            Description = CliTexts.Format("Help.Format", string.Join(", ", names)),
            HelpName = string.Join('|', names),
            DefaultValueFactory = _ => OutputFormat.Text,
            CustomParser = result =>
            {
                var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                var i = Array.FindIndex(names, n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
                if (i < 0)
                {
                    result.AddError(CliTexts.Format("Error.FormatChoice", string.Join("|", names), value));
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
        Description = CliTexts.Get("Help.Output"),
        HelpName = "file",
    };

    /// <summary><c>--strict</c>: stop with exit code 1 when the data has an import error.</summary>
    /// <returns>The option.</returns>
    public static Option<bool> Strict() => new("--strict")
    {
        Description = CliTexts.Get("Help.Strict"),
    };

    /// <summary><c>--missing code=label</c> (repeatable): a code that is not a valid answer in a file without a shipped
    /// instrument, for example <c>--missing 6=ikke-aktuelt --missing 9=vet-ikke</c>; <c>q3,q4:6=ikke-aktuelt</c> limits it to columns.</summary>
    /// <returns>The option.</returns>
    public static Option<string[]> Missing()
    {
        var option = new Option<string[]>("--missing")
        {
            Description = CliTexts.Get("Help.Missing"),
            HelpName = "code=label",
        };
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                try
                {
                    MissingCode.Parse(token.Value);
                }
                catch (FormatException e)
                {
                    result.AddError("--missing: " + e.Message);
                }
            }
        });
        return option;
    }

    /// <summary><c>--codebook file</c>: value labels and missing codes from a codebook CSV (variable, code, label, missing) or an SPSS file.</summary>
    /// <returns>The option.</returns>
    public static Option<string> Codebook() => new("--codebook")
    {
        Description = CliTexts.Get("Help.Codebook"),
        HelpName = "file.csv|file.sav",
    };

    /// <summary><c>--ledger path</c>: where the release ledger of the data file is kept (a directory or a file; default <see cref="Analysenotater.Disclosure.Persistence.LedgerPersistence.DefaultDirectory"/>).</summary>
    /// <returns>The option.</returns>
    public static Option<string> Ledger() => new("--ledger")
    {
        Description = CliTexts.Get("Help.Ledger"),
        HelpName = "dir/|file.ledger",
    };

    /// <summary>The import options of <c>--missing</c> and <c>--codebook</c>, or null when neither is given.</summary>
    /// <exception cref="FileNotFoundException">The codebook file does not exist.</exception>
    public static ImportOptions? ImportOptionsFrom(IReadOnlyList<string>? missing, string? codebook)
    {
        if ((missing is null || missing.Count == 0) && codebook is null)
        {
            return null;
        }

        Codebook? book = null;
        if (codebook is not null)
        {
            if (!File.Exists(codebook))
            {
                throw new FileNotFoundException(CliTexts.Format("Error.NoCodebook", codebook), codebook);
            }

            var ext = Path.GetExtension(codebook).ToLowerInvariant();
            book = ext is ".sav" or ".zsav" ? Import.Codebook.FromSpss(codebook) : Import.Codebook.FromCsv(codebook);
        }

        return new ImportOptions { MissingCodes = [.. (missing ?? []).Select(MissingCode.Parse)], Codebook = book };
    }

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
