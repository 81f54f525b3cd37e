using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Instruments;
using Analysenotater.Spss;

namespace Analysenotater.Import;

/// <summary>
/// Value labels and missing codes per variable for a data file without a shipped instrument, taken from a codebook
/// CSV (<see cref="FromCsv"/>) or from the dictionary of an SPSS file (<see cref="FromSpss(string)"/>). Given in
/// <see cref="ImportOptions.Codebook"/>, it labels the codes of a generic CSV (so a study coded 1 = mann shows «mann»,
/// not another study's labels) and marks its missing codes. Immutable.
/// </summary>
public sealed class Codebook
{
    private readonly Dictionary<string, IReadOnlyList<ScaleOption>> _options;

    /// <summary>Creates a codebook from labelled options per variable (names matched case-insensitively).</summary>
    public Codebook(IReadOnlyDictionary<string, IReadOnlyList<ScaleOption>> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = new Dictionary<string, IReadOnlyList<ScaleOption>>(options, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The variables the codebook labels.</summary>
    public IReadOnlyCollection<string> Variables => _options.Keys;

    /// <summary>The labelled codes of a variable (empty when the codebook does not name it).</summary>
    public IReadOnlyList<ScaleOption> OptionsOf(string variable) => _options.TryGetValue(variable, out var o) ? o : [];

    /// <summary>
    /// Reads a codebook CSV with the columns <c>variable</c>, <c>code</c>, <c>label</c> and optionally <c>missing</c>
    /// (Norwegian headers <c>variabel</c>, <c>kode</c>, <c>etikett</c>, <c>mangler</c> also work; comma, semicolon or
    /// tab; UTF-8 or Windows-1252). <c>missing</c> = 1/ja/yes/true marks a missing code, whose reason follows its label
    /// (<see cref="SpssMissingReasons.FromLabel"/>).
    /// </summary>
    /// <exception cref="SurveyImportException">A required column is absent, or a code is not an integer (the message names file, row and value).</exception>
    public static Codebook FromCsv(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Path.GetFileName(path);
        var data = SurveyCsvReader.Read(path, null, new ImportOptions { Roles = new DatasetRoles { Municipality = null, SizeGroup = null, Gender = null, Age = null, Weight = null } }).Dataset;
        string Column(params string[] names) => names.FirstOrDefault(n => data.Columns.Any(c => string.Equals(c.Name, n, StringComparison.OrdinalIgnoreCase))) is { } found
            ? data.Columns.First(c => string.Equals(c.Name, found, StringComparison.OrdinalIgnoreCase)).Name
            : throw new SurveyImportException([new ImportIssue(ImportIssueKind.UnknownColumn, file, 1, names[0], null, Localization.Messages.Format("Import.CodebookColumn", names[0], names[1]))]);
        var variable = Column("variable", "variabel");
        var code = Column("code", "kode");
        var label = Column("label", "etikett");
        var missing = data.Columns.FirstOrDefault(c => c.Name.Equals("missing", StringComparison.OrdinalIgnoreCase) || c.Name.Equals("mangler", StringComparison.OrdinalIgnoreCase))?.Name;
        var result = new Dictionary<string, List<ScaleOption>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < data.RowCount; i++)
        {
            var name = data[variable].FormatInvariant(i).Trim();
            var codeText = data[code].FormatInvariant(i).Trim();
            if (name.Length == 0 && codeText.Length == 0)
            {
                continue;
            }

            if (!int.TryParse(codeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) || c <= short.MinValue || c > short.MaxValue)
            {
                throw new SurveyImportException([new ImportIssue(ImportIssueKind.UnparseableValue, file, i + 2, code, codeText, Localization.Messages.Get("Import.CodebookInteger"))]);
            }

            var text = data[label].FormatInvariant(i).Trim();
            var flag = missing is null ? "" : data[missing].FormatInvariant(i).Trim().ToLowerInvariant();
            var isMissing = flag is "1" or "ja" or "yes" or "true" or "x" or "sann";
            var list = result.TryGetValue(name, out var l) ? l : result[name] = [];
            list.RemoveAll(o => o.Code == c);
            list.Add(new ScaleOption(c, text.Length == 0 ? codeText : text, isMissing ? SpssMissingReasons.FromLabel(text) : null));
        }

        return new Codebook(result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<ScaleOption>)[.. kv.Value.OrderBy(o => o.Code)], StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Takes the value labels and user-missing codes of every labelled numeric variable of an SPSS file (.sav/.zsav).</summary>
    /// <exception cref="SpssFormatException">The file is truncated, corrupt or unsupported.</exception>
    public static Codebook FromSpss(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return FromSpss(SpssReader.Read(path));
    }

    /// <summary>Takes the value labels and user-missing codes of every labelled numeric variable of an SPSS file already read.</summary>
    public static Codebook FromSpss(SpssFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var result = new Dictionary<string, IReadOnlyList<ScaleOption>>(StringComparer.OrdinalIgnoreCase);
        foreach (var v in file.Variables.Where(v => v.IsNumeric && v.ValueLabels.Count > 0))
        {
            var options = new SortedDictionary<int, ScaleOption>();
            foreach (var l in v.ValueLabels)
            {
                if (l.Number is { } n && n == Math.Floor(n) && n > short.MinValue && n <= short.MaxValue)
                {
                    var c = (int)n;
                    options.TryAdd(c, new ScaleOption(c, l.Label, v.MissingValues.IsMissing(n) ? SpssMissingReasons.FromLabel(l.Label) : null));
                }
            }

            foreach (var m in v.MissingValues.Numbers.Where(m => m == Math.Floor(m) && m > short.MinValue && m <= short.MaxValue))
            {
                options.TryAdd((int)m, new ScaleOption((int)m, ((int)m).ToString(CultureInfo.InvariantCulture), MissingReason.NoAnswer));
            }

            if (options.Count > 0)
            {
                result[v.Name] = [.. options.Values];
            }
        }

        return new Codebook(result);
    }
}
