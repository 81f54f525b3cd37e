using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Spss;

namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// Reads the data file of a data command with <see cref="SurveyFile.Read"/> (.csv/.tsv/.txt/.xlsx/.sav/.zsav) and
/// resolves <c>--instrument</c>: <c>korus-2017</c>, <c>ks-psykisk-helse-rus</c>, a path to an instrument .json,
/// <c>none</c>, or <c>auto</c> (default): the known instrument whose item ids name most of the file's columns (more
/// than half), else an SPSS file's own metadata, else none.
/// </summary>
internal static class SurveyDataInput
{
    /// <summary>The <c>--instrument</c> values besides a .json path.</summary>
    public const string InstrumentChoices = "korus-2017|ks-psykisk-helse-rus|path.json|auto|none";

    /// <summary>Reads <paramref name="path"/> and reports on standard error which instrument was used.</summary>
    /// <exception cref="FileNotFoundException">The data file or the instrument file does not exist (exit 2).</exception>
    /// <exception cref="CliUsageException">The extension or the instrument name is not supported.</exception>
    /// <param name="path">The data file.</param>
    /// <param name="instrumentOption">The <c>--instrument</c> value.</param>
    /// <param name="context">Where to report.</param>
    /// <param name="options">The import options of <c>--missing</c> / <c>--codebook</c>, or null.</param>
    public static ImportResult Read(string path, string? instrumentOption, CliContext context, ImportOptions? options = null)
    {
        RequireDataFile(path);
        var explicitInstrument = ResolveInstrument(instrumentOption, out var auto);
        ImportResult result;
        var how = "";
        if (!auto)
        {
            result = SurveyFile.Read(path, explicitInstrument, options);
        }
        else
        {
            result = SurveyFile.Read(path, null, options);
            if (Match(result.Dataset.Columns.Select(c => c.Name).ToList()) is { } matched)
            {
                result = SurveyFile.Read(path, matched, options);
                how = " (recognised from the column names)";
            }
            else if (result.Dataset.Instrument is { Version: "generisk" })
            {
                how = " (built from --missing/--codebook)";
            }
            else if (result.Dataset.Instrument is not null)
            {
                how = " (inferred from the file's variable and value labels)";
            }
        }

        var instrument = result.Dataset.Instrument;
        context.Error.WriteLine($"{path}: {result.Dataset.RowCount} respondents × {result.Dataset.Columns.Count} variables; instrument: "
            + (instrument is null ? "none (columns imported by content)" : instrument.Id + how));
        return result;
    }

    /// <summary>Checks that a data file exists and has a supported extension.</summary>
    /// <exception cref="FileNotFoundException">No such file (the message names the path).</exception>
    /// <exception cref="CliUsageException">The extension is not one of <see cref="SurveyFile.Extensions"/>.</exception>
    public static void RequireDataFile(string path)
    {
        if (!SurveyFile.IsSupported(path))
        {
            throw new CliUsageException($"{path}: not a survey data file (supported: {string.Join(", ", SurveyFile.Extensions)}).");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No such data file: {path}", path);
        }
    }

    /// <summary>
    /// Prints every import issue (file, row, column, value, detail) to standard error. Returns true when the command
    /// must stop with exit code 1: <paramref name="strict"/> and at least one error.
    /// </summary>
    public static bool ReportIssues(ValidationReport report, bool strict, CliContext context)
    {
        foreach (var issue in report.Issues)
        {
            context.Error.WriteLine((issue.IsError ? "error: " : "note: ") + issue.Message);
        }

        var errors = report.Errors.Count();
        if (errors > 0)
        {
            context.Error.WriteLine(strict
                ? $"{errors} error(s) in {report.File}; stopping (--strict)."
                : $"{errors} error(s) in {report.File}; those cells were read as no answer (use --strict to stop instead).");
        }

        return strict && errors > 0;
    }

    private static Instrument? ResolveInstrument(string? option, out bool auto)
    {
        auto = false;
        switch (option?.ToLowerInvariant())
        {
            case null or "auto":
                auto = true;
                return null;
            case "none":
                return null;
            case "korus-2017" or "korus":
                return KnownInstruments.KoRus2017;
            case "ks-psykisk-helse-rus" or "ks":
                return KnownInstruments.KsPsykiskHelseRus;
        }

        if (!option.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException($"--instrument must be one of {InstrumentChoices}, not '{option}'.");
        }

        if (!File.Exists(option))
        {
            throw new FileNotFoundException($"No such instrument file: {option}", option);
        }

        return InstrumentLoader.LoadFile(option);
    }

    private static Instrument? Match(IReadOnlyList<string> columns)
    {
        var best = new[] { KnownInstruments.KoRus2017, KnownInstruments.KsPsykiskHelseRus }
            .Select(i => (Instrument: i, Hits: columns.Count(i.HasItem)))
            .MaxBy(x => x.Hits);
        return best.Hits > 0 && best.Hits * 2 > columns.Count ? best.Instrument : null;
    }
}
