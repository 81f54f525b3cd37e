using System.Globalization;
using Analysenotater.Instruments;
using Analysenotater.Reporting;

namespace Analysenotater.Import;

/// <summary>
/// Builds the instrument of a data file that has none, from <see cref="ImportOptions.MissingCodes"/> and
/// <see cref="ImportOptions.Codebook"/>: every column whose non-empty cells are all integer codes (or labels the
/// codebook or the missing codes name) becomes a single-choice item with its own scale — the codebook's labelled
/// codes, then the missing codes that apply to it, then any other code seen, labelled by its number. A column with more
/// than 20 distinct other codes and no codebook entry (an id, a count) is not an answer scale and is read by content.
/// Respondent role
/// columns are left alone except gender and size group, which get the codebook's labels (or their numbers) so that
/// no other study's labels are put on them; missing codes without named columns never apply to role columns.
/// </summary>
internal static class GenericInstrument
{
    /// <summary>The most distinct valid codes a column without a codebook entry may have to be read as an answer scale.</summary>
    public const int MaxScaleCodes = 20;

    public static Instrument? Build(string file, IReadOnlyList<string> header, IReadOnlyList<TabularRow> rows, ImportOptions options)
    {
        var roles = options.Roles;
        var excluded = new[] { roles.Municipality, roles.Age, roles.Weight }.Where(n => n is not null).Select(n => n!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var labelledRoles = new[] { roles.Gender, roles.SizeGroup }.Where(n => n is not null).Select(n => n!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var scales = new List<AnswerScale>();
        var items = new List<Item>();
        for (var c = 0; c < header.Count; c++)
        {
            var head = header[c].Trim();
            if (head.Length == 0 || excluded.Contains(head) || items.Any(i => string.Equals(i.Id, head, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var isRole = labelledRoles.Contains(head);
            var options0 = new SortedDictionary<int, ScaleOption>();
            foreach (var o in options.Codebook?.OptionsOf(head) ?? [])
            {
                options0[o.Code] = o;
            }

            foreach (var m in options.MissingCodes.Where(m => m.Columns is not null ? m.AppliesTo(head) : !isRole))
            {
                options0[m.Code] = new ScaleOption(m.Code, m.Label, m.Reason);
            }

            var seen = new SortedSet<int>();
            var coded = true;
            var any = false;
            foreach (var row in rows)
            {
                var text = c < row.Cells.Length ? row.Cells[c]?.Trim() : null;
                if (string.IsNullOrEmpty(text))
                {
                    continue;
                }

                any = true;
                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) && code > short.MinValue && code <= short.MaxValue)
                {
                    seen.Add(code);
                }
                else if (NorwegianFormat.TryParse(text) is { } d && d == Math.Floor(d) && d > short.MinValue && d <= short.MaxValue)
                {
                    seen.Add((int)d);
                }
                else if (!options0.Values.Any(o => string.Equals(o.Label, text, StringComparison.OrdinalIgnoreCase)))
                {
                    coded = false;
                    break;
                }
            }

            if (!coded || !any || (!isRole && options0.Count == 0 && options.MissingCodes.Count == 0))
            {
                continue;
            }

            // An answer scale has few codes: a column with more distinct codes than MaxScaleCodes and no codebook entry
            // (a respondent id, a count, an age in years) is read by content, so «6 = ikke aktuelt» never hides id 6.
            var inBook = options.Codebook?.OptionsOf(head).Count > 0;
            if (!inBook && seen.Count(code => !options0.ContainsKey(code)) > MaxScaleCodes)
            {
                continue;
            }

            foreach (var code in seen)
            {
                options0.TryAdd(code, new ScaleOption(code, code.ToString(CultureInfo.InvariantCulture)));
            }

            var scale = new AnswerScale("S_" + head, [.. options0.Values]);
            scales.Add(scale);
            items.Add(new Item(head, (c + 1).ToString(CultureInfo.InvariantCulture), head, ItemType.SingleChoice, scale.Id));
        }

        return items.Count == 0 ? null : new Instrument(
            Path.GetFileNameWithoutExtension(file), "generisk", Path.GetFileName(file),
            "Built at import from the missing codes and codebook given in ImportOptions", scales, items);
    }
}
