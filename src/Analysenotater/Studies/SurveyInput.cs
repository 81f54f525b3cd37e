using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Spss;

namespace Analysenotater.Studies;

/// <summary>
/// Reads a user's data file the way notebooks and the command line do: the instrument (an embedded id, a path, or
/// <c>auto</c>), the study description (a path, an embedded id, <c>auto</c> = the instrument's own if one ships, or
/// <c>none</c>), and the column map (a mapping file, <c>auto</c>, or none = headers are item ids). The result holds
/// the dataset with roles and derived variables, the import report, the column map and what each analysis needs.
/// </summary>
public static class SurveyInput
{
    /// <summary>The instruments known by id.</summary>
    public static IReadOnlyList<string> KnownInstrumentIds { get; } = ["korus-2017", "ks-psykisk-helse-rus"];

    /// <summary>Reads <paramref name="dataFile"/> (any format <see cref="SurveyFile.Read"/> reads).</summary>
    /// <param name="dataFile">The data file (.csv/.tsv/.txt/.xlsx/.sav/.zsav).</param>
    /// <param name="instrument">An embedded instrument id, a path to an instrument .json, <c>auto</c>/null (the study's instrument, else the known instrument whose item ids name more than half the columns), or <c>none</c>.</param>
    /// <param name="study">A path to a study .json, an embedded study id, <c>auto</c>/null (the instrument's own study if one ships), or <c>none</c>.</param>
    /// <param name="columnMap">A mapping file (JSON or two-column CSV), <c>auto</c> (<see cref="ColumnMap.Auto"/>), or null/<c>none</c>.</param>
    /// <param name="baseDirectory">The folder relative paths are resolved against (null: the working directory).</param>
    /// <param name="importOptions">Further import options (missing codes, codebook, encoding …); roles, column map and expected columns are set from the study and map.</param>
    /// <exception cref="FileNotFoundException">The data, instrument, study or mapping file does not exist.</exception>
    /// <exception cref="InstrumentLoadException">The instrument file is not valid.</exception>
    /// <exception cref="StudyLoadException">The study file is not valid.</exception>
    /// <exception cref="FormatException">The mapping file is not valid.</exception>
    /// <exception cref="ArgumentException">The data file's extension is not supported.</exception>
    public static SurveyInputResult Load(string dataFile, string? instrument = null, string? study = null, string? columnMap = null, string? baseDirectory = null, ImportOptions? importOptions = null)
    {
        var baseOptions = importOptions ?? ImportOptions.Default;
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFile);
        var dir = baseDirectory ?? Directory.GetCurrentDirectory();
        var path = Resolve(dir, dataFile);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No such data file: {path}", path);
        }

        var notes = new List<string>();
        var studyDescription = LoadStudy(dir, study, instrument);
        var ins = ResolveInstrument(dir, instrument, studyDescription, notes);
        var roles = studyDescription?.ToDatasetRoles() ?? DatasetRoles.Default;
        var expected = studyDescription is null ? [] : studyDescription.Roles.Select(r => r.Column)
            .Concat(studyDescription.Derived.Select(d => d.Source)).Concat(studyDescription.Derived.Select(d => d.YearColumn).OfType<string>()).ToList();

        ImportResult? raw = null;
        if (ins is null && IsAuto(instrument) && studyDescription?.Instrument is null)
        {
            raw = SurveyFile.Read(path, null, baseOptions with { Roles = roles });
            var columns = raw.Dataset.Columns.Select(c => c.Name).ToList();
            ins = KnownInstrumentIds.Select(Known).Select(i => (i, Hits: columns.Count(i.HasItem))).Where(x => x.Hits * 2 > columns.Count).Select(x => x.i).FirstOrDefault()
                ?? raw.Dataset.Instrument;
            notes.Add(ins is null ? "Instrument: ingen (kolonnene lest etter innhold)." : $"Instrument: {ins.Id} (gjenkjent fra kolonnenavnene eller filas metadata).");
        }

        ColumnMapResult? map = null;
        if (ins is not null && columnMap is { Length: > 0 } cm && !cm.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            raw ??= SurveyFile.Read(path, null, baseOptions with { Roles = roles });
            var headers = raw.Dataset.Columns.Select(c => c.Name).ToList();
            map = cm.Equals("auto", StringComparison.OrdinalIgnoreCase)
                ? ColumnMap.Auto(ins, headers, [.. raw.Dataset.Columns.Select(DistinctTexts)], roles.Columns.Concat(expected).ToList())
                : ColumnMap.FromFile(Resolve(dir, cm), ins, headers);
        }

        var options = baseOptions with { Roles = roles, ColumnMap = map?.Map ?? baseOptions.ColumnMap, ExpectedExtraColumns = [.. baseOptions.ExpectedExtraColumns, .. expected] };
        var import = SurveyFile.Read(path, ins, options);
        var data = import.Dataset;
        StudyApplication? applied = null;
        if (studyDescription is not null)
        {
            applied = StudyApplier.Apply(data, studyDescription, Path.GetFileName(path));
            data = applied.Dataset;
        }

        var issues = import.Report.Issues.Concat(applied?.Issues ?? []).ToList();
        return new SurveyInputResult(path, data, new ValidationReport(import.Report.File, issues), map, applied, notes);
    }

    /// <summary>True for null, empty or <c>auto</c>.</summary>
    private static bool IsAuto(string? option) => string.IsNullOrWhiteSpace(option) || option.Equals("auto", StringComparison.OrdinalIgnoreCase);

    private static string Resolve(string dir, string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(dir, path));

    private static Instrument Known(string id) => id switch
    {
        "korus-2017" => KnownInstruments.KoRus2017,
        _ => KnownInstruments.KsPsykiskHelseRus,
    };

    private static StudyDescription? LoadStudy(string dir, string? study, string? instrument)
    {
        if (study is not null && study.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (IsAuto(study))
        {
            // The instrument's own study, when the instrument is a known one named explicitly.
            return instrument is not null && KnownStudies.Find(instrument) is { } own ? own : null;
        }

        if (KnownStudies.Find(study!) is { } embedded)
        {
            return embedded;
        }

        return StudyLoader.LoadFile(Resolve(dir, study!));
    }

    private static Instrument? ResolveInstrument(string dir, string? option, StudyDescription? study, List<string> notes)
    {
        if (option is not null && option.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            notes.Add("Instrument: ingen (kolonnene lest etter innhold).");
            return null;
        }

        var (name, baseDir) = IsAuto(option) ? (study?.Instrument, study?.Directory ?? dir) : (option, dir);
        if (name is null)
        {
            return null;
        }

        if (KnownInstrumentIds.Contains(name, StringComparer.OrdinalIgnoreCase) || name.Equals("korus", StringComparison.OrdinalIgnoreCase) || name.Equals("ks", StringComparison.OrdinalIgnoreCase))
        {
            var known = Known(name.StartsWith("korus", StringComparison.OrdinalIgnoreCase) ? "korus-2017" : "ks-psykisk-helse-rus");
            notes.Add($"Instrument: {known.Id} (innebygd).");
            return known;
        }

        var file = Resolve(baseDir, name);
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"No such instrument file: {file} (give an instrument .json, one of {string.Join(", ", KnownInstrumentIds)}, auto or none)", file);
        }

        var ins = InstrumentLoader.LoadFile(file);
        notes.Add($"Instrument: {ins.Id} fra {file}.");
        return ins;
    }

    private static IReadOnlyCollection<string> DistinctTexts(SurveyColumn column)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < column.Count && set.Count <= 50; i++)
        {
            if (!column.IsEmpty(i))
            {
                set.Add(column.FormatInvariant(i));
            }
        }

        return set;
    }

    /// <summary>Formats a count the Norwegian way (thin space thousands).</summary>
    internal static string Count(int n) => n.ToString("N0", CultureInfo.GetCultureInfo("nb-NO"));
}
