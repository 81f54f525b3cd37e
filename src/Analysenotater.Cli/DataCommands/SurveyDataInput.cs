using Analysenotater.Disclosure.Persistence;
using Analysenotater.Import;
using Analysenotater.Spss;
using Analysenotater.Studies;

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

    /// <summary>The <c>--study</c> values besides a .json path.</summary>
    public const string StudyChoices = "path.json|korus-2017|ks-psykisk-helse-rus|auto|none";

    /// <summary>The <c>--map</c> values.</summary>
    public const string MapChoices = "path.json|path.csv|auto|none";

    /// <summary>
    /// Reads <paramref name="path"/> with <see cref="SurveyInput.Load"/>: <c>--instrument</c>, <c>--study</c> and
    /// <c>--map</c> as given, and reports on standard error which instrument, study and column map were used (the
    /// column map's table when there is one, with every ambiguous and unmatched header).
    /// </summary>
    /// <exception cref="FileNotFoundException">The data, instrument, study or mapping file does not exist (exit 2).</exception>
    /// <exception cref="CliUsageException">The extension or the instrument name is not supported.</exception>
    /// <param name="path">The data file.</param>
    /// <param name="instrumentOption">The <c>--instrument</c> value.</param>
    /// <param name="context">Where to report.</param>
    /// <param name="options">The import options of <c>--missing</c> / <c>--codebook</c>, or null.</param>
    /// <param name="studyOption">The <c>--study</c> value.</param>
    /// <param name="mapOption">The <c>--map</c> value.</param>
    /// <param name="ledger">The <c>--ledger</c> value: where the file's release ledger is kept (null: <see cref="LedgerPersistence.DefaultDirectory"/>).</param>
    /// <exception cref="LedgerStateException">The release ledger's state file cannot be used (exit 2, the message names it).</exception>
    public static SurveyInputResult Read(string path, string? instrumentOption, CliContext context, ImportOptions? options = null, string? studyOption = null, string? mapOption = null, string? ledger = null)
    {
        RequireDataFile(path);
        if (instrumentOption is not null && !IsKnownChoice(instrumentOption) && !instrumentOption.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException(CliTexts.Format("Error.InstrumentChoice", InstrumentChoices, instrumentOption));
        }

        SurveyInputResult result;
        using (LedgerPersistence.Use(ledger ?? LedgerPersistence.DefaultDirectory))
        {
            // Every table released from this data is checked against those released before from the same file, in this and earlier runs.
            result = SurveyInput.Load(path, instrumentOption, studyOption, mapOption, importOptions: options);
        }

        foreach (var note in result.Notes)
        {
            context.Error.WriteLine(note);
        }

        if (result.Map is { } map)
        {
            context.Error.WriteLine(map.ToText());
        }

        var instrument = result.Dataset.Instrument;
        context.Error.WriteLine(CliTexts.Format("Data.Summary", path, result.Dataset.RowCount, result.Dataset.Columns.Count,
            instrument is null ? CliTexts.Get("Data.NoInstrument") : instrument.Id + (instrument.Version == "generisk" ? CliTexts.Get("Data.GenericInstrument") : ""))
            + (result.Study is { } st ? CliTexts.Format("Data.Study", st.Study.Id) : ""));
        return result;
    }

    private static bool IsKnownChoice(string option) =>
        option.ToLowerInvariant() is "auto" or "none" or "korus-2017" or "korus" or "ks-psykisk-helse-rus" or "ks";

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
            throw new FileNotFoundException(CliTexts.Format("Error.NoDataFile", path), path);
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
            context.Error.WriteLine(CliTexts.Get(issue.IsError ? "Data.IssueError" : "Data.IssueNote") + issue.Message);
        }

        var errors = report.Errors.Count();
        if (errors > 0)
        {
            context.Error.WriteLine(strict
                ? CliTexts.Format("Data.ErrorsStrict", errors, report.File)
                : CliTexts.Format("Data.ErrorsLenient", errors, report.File));
        }

        return strict && errors > 0;
    }
}
