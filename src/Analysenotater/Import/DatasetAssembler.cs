using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Instruments;

namespace Analysenotater.Import;

/// <summary>
/// Turns a header and rows of cell texts into a <see cref="SurveyDataset"/> tied to an instrument, reporting every
/// problem. Shared by the CSV and .xlsx readers so both behave the same.
/// </summary>
internal static class DatasetAssembler
{
    public static ImportResult Assemble(string file, IReadOnlyList<string> header, IReadOnlyList<TabularRow> rows,
        Instrument? instrument, ImportOptions options, List<ImportIssue> issues)
    {
        if (instrument is null && (options.MissingCodes.Count > 0 || options.Codebook is not null))
        {
            instrument = GenericInstrument.Build(file, header, rows, options);
        }

        var columns = new List<SurveyColumn>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var roleNames = options.Roles.Columns.ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Age and weight must be numbers; grouping roles (size group, stratum, gender …) may be text such as
        // «liten»/«stor» and are read by content, so a text stratum is kept, not emptied.
        var numericRoles = new[] { options.Roles.Age, options.Roles.Weight }
            .Where(n => n is not null).Select(n => n!).ToHashSet(StringComparer.OrdinalIgnoreCase);

        for (var c = 0; c < header.Count; c++)
        {
            var head = header[c].Trim();
            var emptyHeader = head.Length == 0;
            if (emptyHeader)
            {
                head = "kolonne_" + (c + 1).ToString(CultureInfo.InvariantCulture);
                issues.Add(new ImportIssue(ImportIssueKind.UnknownColumn, file, 1, head, "", Localization.Messages.Get("Import.EmptyHeader")));
            }

            var itemId = ResolveItem(head, instrument, options);
            var name = itemId ?? (roleNames.FirstOrDefault(r => string.Equals(r, head, StringComparison.OrdinalIgnoreCase)) ?? head);
            if (!seen.Add(name))
            {
                issues.Add(new ImportIssue(ImportIssueKind.DuplicateColumn, file, 1, head, null,
                    Localization.Messages.Format("Import.DuplicateColumn", name, c + 1)));
                continue;
            }

            if (itemId is not null)
            {
                columns.Add(ReadItem(file, head, instrument!.GetItem(itemId), instrument, rows, c, options, issues));
            }
            else
            {
                if (!roleNames.Contains(head) && !options.ExpectedExtraColumns.Contains(head, StringComparer.OrdinalIgnoreCase) && !emptyHeader)
                {
                    issues.Add(new ImportIssue(ImportIssueKind.UnknownColumn, file, 1, head, null,
                        instrument is null
                            ? Localization.Messages.Get("Import.UnknownColumn.NoInstrument")
                            : Localization.Messages.Format("Import.UnknownColumn", instrument.Id, string.Join(", ", roleNames.Order(StringComparer.Ordinal)))));
                }

                columns.Add(ReadByContent(file, name, head, rows, c, numericRoles.Contains(head), issues));
            }
        }

        var dataset = new SurveyDataset(instrument, columns, options.Roles);
        var result = new ImportResult(dataset, new ValidationReport(file, [.. issues]));
        if (options.Strict && result.Report.HasErrors)
        {
            throw new SurveyImportException([.. result.Report.Errors]);
        }

        return result;
    }

    private static string? ResolveItem(string head, Instrument? instrument, ImportOptions options)
    {
        if (instrument is null)
        {
            return null;
        }

        if (options.ColumnMap is { } map && map.TryGetValue(head, out var mapped))
        {
            return instrument.HasItem(mapped)
                ? mapped
                : throw new ArgumentException($"ImportOptions.ColumnMap maps \"{head}\" to \"{mapped}\", which is not an item of instrument '{instrument.Id}'.", nameof(options));
        }

        if (instrument.HasItem(head))
        {
            return head;
        }

        return instrument.Items.FirstOrDefault(i => string.Equals(i.Id, head, StringComparison.OrdinalIgnoreCase))?.Id;
    }

    private static SurveyColumn ReadItem(string file, string head, Item item, Instrument instrument, IReadOnlyList<TabularRow> rows, int c,
        ImportOptions options, List<ImportIssue> issues)
    {
        switch (item.Type)
        {
            case ItemType.OpenText:
                return new TextColumn(item.Id, [.. rows.Select(r => CheckEncoding(file, head, r, c, issues) ? r.Cells[c] : null)]);
            case ItemType.Numeric:
            case ItemType.Year:
                var values = new double[rows.Count];
                for (var i = 0; i < rows.Count; i++)
                {
                    var text = rows[i].Cells[c];
                    values[i] = string.IsNullOrWhiteSpace(text) || !CheckEncoding(file, head, rows[i], c, issues)
                        ? double.NaN
                        : NumericItemCell(file, head, item, rows[i].RowNumber, text, issues);
                }

                return new NumericColumn(item.Id, values);
            default:
                var scale = instrument.ScaleOf(item.Id)!;
                var codes = new short[rows.Count];
                for (var i = 0; i < rows.Count; i++)
                {
                    var text = rows[i].Cells[c];
                    codes[i] = string.IsNullOrWhiteSpace(text) || !CheckEncoding(file, head, rows[i], c, issues)
                        ? CodeColumn.Empty
                        : CodeCell(file, head, scale, rows[i].RowNumber, text, options, issues);
                }

                return new CodeColumn(item.Id, codes);
        }
    }

    private static SurveyColumn ReadByContent(string file, string name, string head, IReadOnlyList<TabularRow> rows, int c, bool mustBeNumeric, List<ImportIssue> issues)
    {
        var texts = new string?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            texts[i] = CheckEncoding(file, head, rows[i], c, issues) && !string.IsNullOrWhiteSpace(rows[i].Cells[c]) ? rows[i].Cells[c]!.Trim() : null;
        }

        var problems = new string?[rows.Count];
        var parsed = texts.Select((t, i) => t is null ? (double?)null : ImportNumber.Parse(t, out problems[i])).ToArray();
        var allNumeric = texts.Select((t, i) => t is null || parsed[i] is not null).All(b => b);
        if (!allNumeric && !mustBeNumeric)
        {
            return new TextColumn(name, texts);
        }

        var values = new double[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            values[i] = parsed[i] ?? double.NaN;
            if (texts[i] is not null && parsed[i] is null)
            {
                issues.Add(new ImportIssue(ImportIssueKind.UnparseableValue, file, rows[i].RowNumber, head, texts[i],
                    Localization.Messages.Format("Import.NotNumberRespondent", Because(problems[i]), name)));
            }
        }

        return new NumericColumn(name, values);
    }

    /// <summary>One non-blank cell of a numeric or year item: the value, or NaN with an issue. Shared with <see cref="StreamingCsvReader"/>.</summary>
    internal static double NumericItemCell(string file, string head, Item item, int rowNumber, string text, List<ImportIssue> issues)
    {
        var parsed = ImportNumber.Parse(text, out var problem);
        if (item.Type == ItemType.Year && parsed is not null && ImportNumber.ParseYear(text) is null)
        {
            parsed = null;
            problem = Localization.Messages.Get("Import.YearDigits");
        }

        if (parsed is not { } v)
        {
            issues.Add(new ImportIssue(ImportIssueKind.UnparseableValue, file, rowNumber, head, text,
                Localization.Messages.Format(item.Type == ItemType.Year ? "Import.NotNumberYear" : "Import.NotNumberItem", Because(problem), item.Id)));
            return double.NaN;
        }

        if (item.Type == ItemType.Year && (v != Math.Floor(v) || v < 1000 || v > 2999))
        {
            issues.Add(new ImportIssue(ImportIssueKind.OutOfRangeCode, file, rowNumber, head, text,
                Localization.Messages.Format("Import.NotYear", item.Id)));
            return double.NaN;
        }

        return v;
    }

    /// <summary>One non-blank cell of a coded item: the code, or <see cref="CodeColumn.Empty"/> with an issue. Shared with <see cref="StreamingCsvReader"/>.</summary>
    internal static short CodeCell(string file, string head, AnswerScale scale, int rowNumber, string text, ImportOptions options, List<ImportIssue> issues)
    {
        var t = text.Trim();
        var code = ImportNumber.Parse(t, out var problem);
        if (problem is not null)
        {
            issues.Add(new ImportIssue(ImportIssueKind.UnparseableValue, file, rowNumber, head, text,
                Localization.Messages.Format("Import.NotCodeProblem", problem, scale.Id, DescribeScale(scale))));
            return CodeColumn.Empty;
        }

        if (code is { } v)
        {
            if (v != Math.Floor(v) || v < short.MinValue + 1 || v > short.MaxValue)
            {
                issues.Add(new ImportIssue(ImportIssueKind.UnparseableValue, file, rowNumber, head, text,
                    Localization.Messages.Format("Import.NotIntegerCode", scale.Id, DescribeScale(scale))));
                return CodeColumn.Empty;
            }

            if (scale.Find((int)v) is null)
            {
                issues.Add(new ImportIssue(ImportIssueKind.OutOfRangeCode, file, rowNumber, head, text,
                    Localization.Messages.Format("Import.CodeNotOnScale", (int)v, scale.Id, DescribeScale(scale))));
                return CodeColumn.Empty;
            }

            return (short)v;
        }

        if (options.AcceptLabels && scale.FindByLabel(t) is { } opt)
        {
            return (short)opt.Code;
        }

        issues.Add(new ImportIssue(ImportIssueKind.UnparseableValue, file, rowNumber, head, text,
            Localization.Messages.Format(options.AcceptLabels ? "Import.NotCodeOrLabel" : "Import.NotCode", scale.Id, DescribeScale(scale))));
        return CodeColumn.Empty;
    }

    /// <summary>One non-blank cell of a numeric respondent column (age, gender …): the value, or NaN with an issue. Shared with <see cref="StreamingCsvReader"/>.</summary>
    internal static double RespondentNumberCell(string file, string name, string head, int rowNumber, string trimmed, List<ImportIssue> issues)
    {
        if (ImportNumber.Parse(trimmed, out var problem) is { } v)
        {
            return v;
        }

        issues.Add(new ImportIssue(ImportIssueKind.UnparseableValue, file, rowNumber, head, trimmed,
            Localization.Messages.Format("Import.NotNumberRespondent", Because(problem), name)));
        return double.NaN;
    }

    private static string Because(string? problem) => problem is null ? string.Empty : $": {problem}";

    private static bool CheckEncoding(string file, string head, TabularRow row, int c, List<ImportIssue> issues)
    {
        var text = row.Cells[c];
        if (text is null || !text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return true;
        }

        issues.Add(new ImportIssue(ImportIssueKind.EncodingError, file, row.RowNumber, head, text,
            Localization.Messages.Get("Import.InvalidBytes")));
        return false;
    }

    internal static string DescribeScale(AnswerScale scale)
    {
        var valid = scale.ValidOptions.ToList();
        var text = valid.Count == 0 ? Localization.Messages.Get("Import.NoValidCodes") : Localization.Messages.Format("Import.ValidCodes", valid.Min(o => o.Code), valid.Max(o => o.Code));
        var missing = scale.Options.Where(o => !o.IsValid).Select(o => $"{o.Code} = {o.Label}").ToList();
        return missing.Count == 0 ? text : text + Localization.Messages.Format("Import.MissingCodes", string.Join(", ", missing));
    }
}
