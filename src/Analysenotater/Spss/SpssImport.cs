using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Import;
using Analysenotater.Instruments;

namespace Analysenotater.Spss;

/// <summary>
/// Maps an SPSS file onto a <see cref="SurveyDataset"/>, with a given instrument (variables matched to item ids, value
/// labels and user-missing codes checked against the item's scale) or with an instrument inferred from the file's
/// metadata (<see cref="InferInstrument"/>). Returns the same <see cref="ImportResult"/> as the CSV and .xlsx readers.
/// Usage: <c>var result = SpssImport.Read("korus2017.sav", KnownInstruments.KoRus2017);</c>
/// </summary>
/// <remarks>
/// Missing-value policy. Items with an answer scale become <see cref="CodeColumn"/>s: system-missing → no answer
/// (<see cref="CodeColumn.Empty"/>); user-missing codes are kept as the codes they are, so the scale decides their
/// meaning («Ikke aktuelt» …). Numeric and year items and unmatched numeric variables become
/// <see cref="NumericColumn"/>s in which both system-missing and user-missing values are NaN (SPSS excludes both from
/// analysis). String variables become <see cref="TextColumn"/>s; blank and user-missing strings are null.
/// A value that does not fit its item (not an integer, not on the scale, not a year) is reported in the
/// <see cref="ValidationReport"/> with file, row (case number + 1, as the CSV reader counts with a header row; the
/// detail also names the SPSS case number), column and value, and kept empty — never coerced. Labelled codes in the
/// file that are missing from the instrument's scale, or that carry another label or another missing status there, are
/// reported as <see cref="ImportIssueKind.OutOfRangeCode"/> with no row: such differences usually mean the file is
/// coded differently (for example a reversed scale).
/// When the file names a weight variable, the dataset's <see cref="DatasetRoles.Weight"/> is set to it.
/// Problems the SPSS reader tolerated (<see cref="SpssFile.Warnings"/>) are copied into the report with no row:
/// a missing encoding record as <see cref="ImportIssueKind.EncodingGuess"/> (a warning); header counts and machine
/// records other writers fill differently (haven's <c>iris.sav</c> claims 0 variable positions; PSPP and haven read it)
/// as <see cref="ImportIssueKind.FormatNote"/> (a warning); anything else as
/// <see cref="ImportIssueKind.UnparseableValue"/> (an error, so strict mode refuses such a file).
/// </remarks>
public static class SpssImport
{
    /// <summary>Reads a .sav or .zsav file and maps it onto a dataset.</summary>
    /// <param name="path">The file.</param>
    /// <param name="instrument">The instrument whose item ids the variables name; null infers one from the file's metadata.</param>
    /// <param name="options">Strictness, column map, roles; null for <see cref="ImportOptions.Default"/> (delimiter, encoding and sheet do not apply).</param>
    /// <exception cref="SpssFormatException">The file is truncated, corrupt or unsupported.</exception>
    /// <exception cref="SurveyImportException">Strict mode and the mapping found errors.</exception>
    public static ImportResult Read(string path, Instrument? instrument = null, ImportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = SpssReader.Read(path);
        return Disclosure.Persistence.LedgerRegistry.Attach(ToDataset(file, Path.GetFileName(path), instrument, options), path, () => Disclosure.Persistence.SourceIdentity.OfFile(path));
    }

    /// <summary>Maps an SPSS file already read onto a dataset.</summary>
    /// <param name="file">The file content.</param>
    /// <param name="sourceName">The file name used in the report (and as the inferred instrument's id).</param>
    /// <param name="instrument">The instrument; null infers one with <see cref="InferInstrument"/>.</param>
    /// <param name="options">Strictness, column map, roles; null for the defaults.</param>
    /// <exception cref="SurveyImportException">Strict mode and the mapping found errors.</exception>
    public static ImportResult ToDataset(SpssFile file, string sourceName, Instrument? instrument = null, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= ImportOptions.Default;
        var inferred = instrument is null;
        instrument ??= InferInstrument(file, Path.GetFileNameWithoutExtension(sourceName));
        var issues = new List<ImportIssue>();
        foreach (var w in file.Warnings)
        {
            var kind = w.Contains("character encoding", StringComparison.Ordinal) ? ImportIssueKind.EncodingGuess
                : IsHarmlessHeaderQuirk(w) ? ImportIssueKind.FormatNote
                : ImportIssueKind.UnparseableValue;
            issues.Add(new ImportIssue(kind, sourceName, null, null, null, Localization.Messages.Get("Import.SpssReader") + w));
        }

        var roles = options.Roles;
        if (file.Info.WeightVariable is { } weight)
        {
            roles = roles with { Weight = weight };
        }

        var roleNames = new[] { roles.Municipality, roles.SizeGroup, roles.Gender, roles.Age, roles.Weight }
            .Where(n => n is not null).Select(n => n!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var columns = new List<SurveyColumn>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < file.Variables.Count; c++)
        {
            var v = file.Variables[c];
            var itemId = ResolveItem(v.Name, instrument, options);
            var name = itemId ?? v.Name;
            if (!seen.Add(name))
            {
                issues.Add(new ImportIssue(ImportIssueKind.DuplicateColumn, sourceName, null, v.Name, null,
                    Localization.Messages.Format("Import.SpssDuplicate", v.Name, name)));
                continue;
            }

            if (itemId is null)
            {
                if (!inferred && !roleNames.Contains(v.Name) && !options.ExpectedExtraColumns.Contains(v.Name, StringComparer.OrdinalIgnoreCase))
                {
                    issues.Add(new ImportIssue(ImportIssueKind.UnknownColumn, sourceName, null, v.Name, null,
                        Localization.Messages.Format("Import.UnknownColumn.Spss", instrument.Id, Localization.Messages.Get(v.IsNumeric ? "Import.Numbers" : "Import.Text"))));
                }

                columns.Add(v.IsNumeric ? NumbersOf(file, v, name) : TextsOf(file, v, name));
                continue;
            }

            var item = instrument.GetItem(itemId);
            columns.Add(item.Type switch
            {
                ItemType.OpenText => v.IsNumeric ? NumbersAsText(file, v, name) : TextsOf(file, v, name),
                ItemType.Numeric or ItemType.Year => NumericItem(file, v, item, sourceName, issues),
                _ => CodeItem(file, v, item, instrument.ScaleOf(item.Id)!, sourceName, options, issues, checkLabels: !inferred),
            });
        }

        var dataset = new SurveyDataset(instrument, columns, roles);
        var result = new ImportResult(dataset, new ValidationReport(sourceName, [.. issues]));
        if (options.Strict && result.Report.HasErrors)
        {
            throw new SurveyImportException([.. result.Report.Errors]);
        }

        return result;
    }

    /// <summary>
    /// Infers an instrument from the file's metadata. Rules: a string variable → an open-text item; a numeric variable
    /// with at least one labelled valid (not user-missing) integer code, whose data are all integer codes → a
    /// single-choice item with its own scale (labelled codes, user-missing codes and any unlabelled codes in the data,
    /// labelled by their number; user-missing codes get a <see cref="MissingReason"/> from <see cref="SpssMissingReasons.FromLabel"/>);
    /// members of a multiple-dichotomy set → multiple-choice items with the set label as stem and one group per set;
    /// any other numeric variable → a numeric item. Item text = variable label (or name); item number = position.
    /// Identical scales are shared (id <c>S_</c> + first variable name). Scale direction is not in SPSS files and is
    /// left at <see cref="ScaleDirection.HigherIsBetter"/>.
    /// </summary>
    /// <param name="file">The file content.</param>
    /// <param name="id">The instrument id (for example the file name without extension).</param>
    public static Instrument InferInstrument(SpssFile file, string id)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var dichotomy = new Dictionary<string, SpssMultipleResponseSet>(StringComparer.OrdinalIgnoreCase);
        foreach (var set in file.MultipleResponseSets.Where(s => s.Kind == SpssMultipleResponseKind.Dichotomies))
        {
            foreach (var m in set.VariableNames)
            {
                dichotomy.TryAdd(m, set);
            }
        }

        var scales = new List<AnswerScale>();
        var items = new List<Item>();
        for (var i = 0; i < file.Variables.Count; i++)
        {
            var v = file.Variables[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var text = string.IsNullOrWhiteSpace(v.Label) ? v.Name : v.Label;
            if (!v.IsNumeric)
            {
                items.Add(new Item(v.Name, number, text, ItemType.OpenText));
                continue;
            }

            var options = ScaleOptionsOf(file, v);
            if (options is null)
            {
                items.Add(new Item(v.Name, number, text, ItemType.Numeric));
                continue;
            }

            var existing = scales.FirstOrDefault(s => s.Options.SequenceEqual(options));
            var scale = existing ?? new AnswerScale("S_" + v.Name, options);
            if (existing is null)
            {
                scales.Add(scale);
            }

            if (dichotomy.TryGetValue(v.Name, out var set))
            {
                items.Add(new Item(v.Name, number, text, ItemType.MultipleChoice, scale.Id) { Stem = set.Label.Length > 0 ? set.Label : set.Name });
            }
            else
            {
                items.Add(new Item(v.Name, number, text, ItemType.SingleChoice, scale.Id));
            }
        }

        var groups = file.MultipleResponseSets
            .Select(s => new ItemGroup(s.Name.TrimStart('$'), s.Label.Length > 0 ? s.Label : s.Name, [.. s.VariableNames.Where(file.HasVariable).Select(n => file.GetVariable(n).Name)]))
            .GroupBy(g => g.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var title = file.Info.FileLabel.Length > 0 ? file.Info.FileLabel : id;
        return new Instrument(id, "spss", title,
            $"Inferred from the SPSS file's metadata ({file.Info.Product}, created {file.Info.CreationDate} {file.Info.CreationTime})".Trim(),
            scales, items, groups);
    }

    private static List<ScaleOption>? ScaleOptionsOf(SpssFile file, SpssVariable v)
    {
        static bool IsCode(double x) => x == Math.Floor(x) && x > short.MinValue && x <= short.MaxValue;

        if (v.ValueLabels.Count == 0 || v.ValueLabels.Any(l => l.Number is not { } n || !IsCode(n)))
        {
            return null;
        }

        if (!v.ValueLabels.Any(l => !v.MissingValues.IsMissing(l.Number!.Value)))
        {
            return null;
        }

        var codes = new SortedDictionary<int, string>();
        foreach (var l in v.ValueLabels)
        {
            codes.TryAdd((int)l.Number!.Value, l.Label);
        }

        foreach (var m in v.MissingValues.Numbers.Where(IsCode))
        {
            codes.TryAdd((int)m, m.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var x in file.Numbers(v.Name))
        {
            if (double.IsNaN(x))
            {
                continue;
            }

            if (!IsCode(x))
            {
                return null;
            }

            codes.TryAdd((int)x, ((int)x).ToString(CultureInfo.InvariantCulture));
        }

        return [.. codes.Select(kv => new ScaleOption(kv.Key, kv.Value, v.MissingValues.IsMissing(kv.Key) ? SpssMissingReasons.FromLabel(v.LabelOf(kv.Key)) : null))];
    }

    private static string? ResolveItem(string name, Instrument instrument, ImportOptions options)
    {
        if (options.ColumnMap is { } map && map.TryGetValue(name, out var mapped))
        {
            return instrument.HasItem(mapped)
                ? mapped
                : throw new ArgumentException($"ImportOptions.ColumnMap maps \"{name}\" to \"{mapped}\", which is not an item of instrument '{instrument.Id}'.", nameof(options));
        }

        return instrument.HasItem(name) ? name : instrument.Items.FirstOrDefault(i => string.Equals(i.Id, name, StringComparison.OrdinalIgnoreCase))?.Id;
    }

    private static NumericColumn NumbersOf(SpssFile file, SpssVariable v, string name)
    {
        var src = file.Numbers(v.Name);
        var values = new double[src.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = v.MissingValues.IsMissing(src[i]) ? double.NaN : src[i];
        }

        return new NumericColumn(name, values);
    }

    private static TextColumn TextsOf(SpssFile file, SpssVariable v, string name) =>
        new(name, [.. file.Texts(v.Name).Select(t => t.Length == 0 || v.MissingValues.IsMissing(t) ? null : t)]);

    private static TextColumn NumbersAsText(SpssFile file, SpssVariable v, string name) =>
        new(name, [.. file.Numbers(v.Name).Select(x => double.IsNaN(x) || v.MissingValues.IsMissing(x) ? null : x.ToString("R", CultureInfo.InvariantCulture))]);

    private static NumericColumn NumericItem(SpssFile file, SpssVariable v, Item item, string source, List<ImportIssue> issues)
    {
        var values = new double[file.CaseCount];
        var numbers = v.IsNumeric ? file.Numbers(v.Name) : [];
        var texts = v.IsNumeric ? [] : file.Texts(v.Name);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = double.NaN;
            double x;
            string raw;
            if (v.IsNumeric)
            {
                x = numbers[i];
                raw = x.ToString("R", CultureInfo.InvariantCulture);
                if (double.IsNaN(x) || v.MissingValues.IsMissing(x))
                {
                    continue;
                }
            }
            else
            {
                raw = texts[i];
                if (raw.Trim().Length == 0 || v.MissingValues.IsMissing(raw))
                {
                    continue;
                }

                if (!double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out x))
                {
                    issues.Add(new ImportIssue(ImportIssueKind.UnparseableValue, source, i + 2, v.Name, raw, Localization.Messages.Format("Import.SpssNotNumber", item.Id, i + 1)));
                    continue;
                }
            }

            if (item.Type == ItemType.Year && (x != Math.Floor(x) || x < 1000 || x > 2999))
            {
                issues.Add(new ImportIssue(ImportIssueKind.OutOfRangeCode, source, i + 2, v.Name, raw, Localization.Messages.Format("Import.SpssNotYear", item.Id, i + 1)));
                continue;
            }

            values[i] = x;
        }

        return new NumericColumn(item.Id, values);
    }

    private static CodeColumn CodeItem(SpssFile file, SpssVariable v, Item item, AnswerScale scale, string source, ImportOptions options,
        List<ImportIssue> issues, bool checkLabels)
    {
        if (checkLabels && v.IsNumeric)
        {
            CheckLabels(v, item, scale, source, issues);
        }

        var codes = new short[file.CaseCount];
        var numbers = v.IsNumeric ? file.Numbers(v.Name) : [];
        var texts = v.IsNumeric ? [] : file.Texts(v.Name);
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = CodeColumn.Empty;
            double x;
            string raw;
            if (v.IsNumeric)
            {
                x = numbers[i];
                if (double.IsNaN(x))
                {
                    continue;
                }

                raw = x.ToString("R", CultureInfo.InvariantCulture);
            }
            else
            {
                raw = texts[i];
                var t = raw.Trim();
                if (t.Length == 0)
                {
                    continue;
                }

                if (!double.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out x))
                {
                    if (options.AcceptLabels && scale.FindByLabel(t) is { } opt)
                    {
                        codes[i] = (short)opt.Code;
                    }
                    else
                    {
                        issues.Add(new ImportIssue(ImportIssueKind.UnparseableValue, source, i + 2, v.Name, raw,
                            Localization.Messages.Format(options.AcceptLabels ? "Import.SpssNotCodeOrLabel" : "Import.SpssNotCode", scale.Id, i + 1)));
                    }

                    continue;
                }
            }

            if (x != Math.Floor(x) || x <= short.MinValue || x > short.MaxValue)
            {
                issues.Add(new ImportIssue(ImportIssueKind.UnparseableValue, source, i + 2, v.Name, raw, Localization.Messages.Format("Import.SpssNotInteger", scale.Id, i + 1)));
            }
            else if (scale.Find((int)x) is null)
            {
                issues.Add(new ImportIssue(ImportIssueKind.OutOfRangeCode, source, i + 2, v.Name, raw, Localization.Messages.Format("Import.SpssCodeNotOnScale", (int)x, scale.Id, i + 1)));
            }
            else
            {
                codes[i] = (short)x;
            }
        }

        return new CodeColumn(item.Id, codes);
    }

    private static void CheckLabels(SpssVariable v, Item item, AnswerScale scale, string source, List<ImportIssue> issues)
    {
        static string Norm(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

        foreach (var l in v.ValueLabels)
        {
            var code = l.Number!.Value;
            var value = code.ToString("R", CultureInfo.InvariantCulture);
            var opt = code == Math.Floor(code) && Math.Abs(code) < int.MaxValue ? scale.Find((int)code) : null;
            if (opt is null)
            {
                issues.Add(new ImportIssue(ImportIssueKind.OutOfRangeCode, source, null, v.Name, value,
                    Localization.Messages.Format("Import.SpssLabelNoCode", value, l.Label, scale.Id, item.Id)));
                continue;
            }

            if (Norm(opt.Label) != Norm(l.Label))
            {
                issues.Add(new ImportIssue(ImportIssueKind.OutOfRangeCode, source, null, v.Name, value,
                    Localization.Messages.Format("Import.SpssLabelDiffers", value, l.Label, scale.Id, item.Id, opt.Label)));
            }

            var fileMissing = v.MissingValues.IsMissing(code);
            if (fileMissing != !opt.IsValid)
            {
                issues.Add(new ImportIssue(ImportIssueKind.OutOfRangeCode, source, null, v.Name, value,
                    fileMissing
                        ? Localization.Messages.Format("Import.SpssUserMissing", value, scale.Id)
                        : Localization.Messages.Format("Import.SpssScaleMissing", scale.Id, value, opt.Missing is { } why ? Localization.Messages.Name(why) : string.Empty)));
            }
        }
    }

    /// <summary>Warnings about header fields the data does not depend on (variable-position count, machine records).</summary>
    private static bool IsHarmlessHeaderQuirk(string warning)
        => warning.Contains("variable positions but", StringComparison.Ordinal)
           || warning.StartsWith("The machine integer record", StringComparison.Ordinal)
           || warning.StartsWith("The machine floating-point record", StringComparison.Ordinal);
}
