using System.Globalization;
using System.Text;
using Analysenotater.Data;
using Analysenotater.Instruments;

namespace Analysenotater.Spss;

/// <summary>
/// Turns a <see cref="SurveyDataset"/> (for example with derived indicators and weights added) into SPSS content and
/// writes it as .sav, so SPSS users get the codes, labels and missing values the analysis used.
/// Usage: <c>SpssExport.Write(data.WithColumn(indicator), "resultat.sav");</c>
/// </summary>
/// <remarks>
/// Rules. A <see cref="CodeColumn"/> becomes a numeric variable <c>F</c>w.0; when its item has a scale, every option
/// becomes a value label and the options with a <see cref="MissingReason"/> become user-missing values (up to three
/// discrete codes; more become one range, which must not contain a valid code, plus at most one discrete code).
/// No answer (<see cref="CodeColumn.Empty"/>) becomes system-missing. A <see cref="NumericColumn"/> becomes a numeric
/// variable (<c>F8.0</c> when all values are integers, otherwise <c>F12.6</c>); NaN becomes system-missing. A
/// <see cref="TextColumn"/> becomes a string variable as wide as its longest value in UTF-8 bytes (at least 1);
/// null becomes blank. Variable label = the item's text (columns without an item get none). Measurement level:
/// ordinal for single-choice items with three or more valid codes, nominal for other coded items and text, scale
/// for numbers. The dataset's weight column (<see cref="DatasetRoles.Weight"/>), when present and numeric, becomes
/// the file's weight variable. Multiple-choice items sharing a stem become a multiple-dichotomy set counting 1.
/// </remarks>
public static class SpssExport
{
    /// <summary>Builds the SPSS content for a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="fileLabel">The file label (≤ 64 bytes), or null for the instrument's title.</param>
    /// <exception cref="ArgumentException">A scale's missing codes cannot be expressed as SPSS user-missing values.</exception>
    public static SpssFile FromDataset(SurveyDataset dataset, string? fileLabel = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var instrument = dataset.Instrument;
        var variables = new List<SpssVariable>();
        var columns = new List<Array>();
        foreach (var col in dataset.Columns)
        {
            var item = instrument is not null && instrument.HasItem(col.Name) ? instrument.GetItem(col.Name) : null;
            var label = item?.Text;
            switch (col)
            {
                case CodeColumn cc:
                {
                    var values = new double[cc.Count];
                    var codes = cc.Codes;
                    var maxDigits = 1;
                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = codes[i] == CodeColumn.Empty ? double.NaN : codes[i];
                        if (codes[i] != CodeColumn.Empty)
                        {
                            maxDigits = Math.Max(maxDigits, codes[i].ToString(CultureInfo.InvariantCulture).Length);
                        }
                    }

                    var scale = item?.ScaleId is not null ? instrument!.ScaleOf(item.Id) : null;
                    if (scale is not null)
                    {
                        maxDigits = Math.Max(maxDigits, scale.Options.Max(o => o.Code.ToString(CultureInfo.InvariantCulture).Length));
                    }

                    var width = Math.Max(maxDigits, 1);
                    var v = new SpssVariable(col.Name, 0)
                    {
                        Label = label,
                        PrintFormat = SpssFormat.Number(width, 0),
                        WriteFormat = SpssFormat.Number(width, 0),
                        ValueLabels = scale is null ? [] : [.. scale.Options.Select(o => SpssValueLabel.ForNumber(o.Code, o.Label))],
                        MissingValues = scale is null ? SpssMissingValues.None : MissingOf(col.Name, scale),
                        Measure = scale is not null && item!.Type == ItemType.SingleChoice && scale.ValidOptions.Count() >= 3 ? SpssMeasure.Ordinal : SpssMeasure.Nominal,
                        DisplayWidth = 8,
                        Alignment = SpssAlignment.Right,
                    };
                    variables.Add(v);
                    columns.Add(values);
                    break;
                }

                case NumericColumn nc:
                {
                    var values = nc.Values.ToArray();
                    var integers = values.All(x => double.IsNaN(x) || (x == Math.Floor(x) && Math.Abs(x) < 1e8));
                    var format = integers ? SpssFormat.Number(8, 0) : SpssFormat.Number(12, 6);
                    variables.Add(new SpssVariable(col.Name, 0)
                    {
                        Label = label,
                        PrintFormat = format,
                        WriteFormat = format,
                        Measure = SpssMeasure.Scale,
                        DisplayWidth = 8,
                        Alignment = SpssAlignment.Right,
                    });
                    columns.Add(values);
                    break;
                }

                case TextColumn tc:
                {
                    var values = tc.Values.Select(t => t ?? "").ToArray();
                    var width = Math.Clamp(values.Select(t => Encoding.UTF8.GetByteCount(t)).DefaultIfEmpty(1).Max(), 1, 32767);
                    variables.Add(new SpssVariable(col.Name, width)
                    {
                        Label = label,
                        PrintFormat = SpssFormat.String(width),
                        WriteFormat = SpssFormat.String(width),
                        Measure = SpssMeasure.Nominal,
                        DisplayWidth = Math.Min(width, 32),
                        Alignment = SpssAlignment.Left,
                    });
                    columns.Add(values);
                    break;
                }

                default:
                    throw new ArgumentException($"Column '{col.Name}' has an unsupported kind {col.Kind}.", nameof(dataset));
            }
        }

        var sets = new List<SpssMultipleResponseSet>();
        if (instrument is not null)
        {
            var present = dataset.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var g in instrument.Items.Where(i => i.Type == ItemType.MultipleChoice && i.Stem is not null && present.Contains(i.Id) && dataset[i.Id] is CodeColumn)
                .GroupBy(i => i.Stem!).Where(g => g.Count() >= 2))
            {
                var first = g.First().Id;
                sets.Add(new SpssMultipleResponseSet("$" + first, g.Key, SpssMultipleResponseKind.Dichotomies, "1", [.. g.Select(i => i.Id)]));
            }
        }

        var weight = dataset.Roles.Weight is { } w && dataset.HasColumn(w) && dataset[w] is NumericColumn or CodeColumn ? dataset.Roles.Weight : null;
        var info = new SpssFileInfo { FileLabel = fileLabel ?? instrument?.Title ?? "", WeightVariable = weight, Compression = SpssCompression.Bytecode };
        return new SpssFile(info, variables, columns, sets);
    }

    /// <summary>Writes a dataset as a UTF-8 SPSS system file: bytecode-compressed .sav, or ZLIB-compressed when the path ends in .zsav (or <see cref="SpssWriteOptions.Compression"/> says so).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="options">Creation time (fix it for byte-identical output) and file label.</param>
    /// <exception cref="ArgumentException">A column name is not a valid SPSS name, or missing codes cannot be expressed.</exception>
    public static void Write(SurveyDataset dataset, string path, SpssWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        SpssWriter.Write(FromDataset(dataset, options?.FileLabel), path, options);
    }

    private static SpssMissingValues MissingOf(string column, AnswerScale scale)
    {
        var missing = scale.Options.Where(o => !o.IsValid).Select(o => (double)o.Code).Order().ToList();
        if (missing.Count == 0)
        {
            return SpssMissingValues.None;
        }

        if (missing.Count <= 3)
        {
            return new SpssMissingValues { Numbers = missing };
        }

        var valid = scale.ValidOptions.Select(o => (double)o.Code).ToList();
        // A range over all missing codes but the one farthest from the others, or over all of them.
        for (var skip = -1; skip < missing.Count; skip++)
        {
            var inRange = missing.Where((_, i) => i != skip).ToList();
            var lo = inRange.Min();
            var hi = inRange.Max();
            if (valid.Any(x => x >= lo && x <= hi))
            {
                continue;
            }

            return new SpssMissingValues { RangeLow = lo, RangeHigh = hi, Numbers = skip < 0 ? [] : [missing[skip]] };
        }

        throw new ArgumentException($"Column '{column}': scale {scale.Id} has {missing.Count} missing codes ({string.Join(", ", missing)}) that SPSS cannot express as one range plus one value without covering a valid code.");
    }
}
