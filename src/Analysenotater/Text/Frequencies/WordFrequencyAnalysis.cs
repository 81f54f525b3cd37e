using Analysenotater.Data;
using Analysenotater.Text.Screening;

namespace Analysenotater.Text.Frequencies;

/// <summary>
/// Word frequencies of screened open answers: <c>WordFrequencyAnalysis.Count(screened, WordFrequencySettings.KoRus2017Report)</c>.
/// Only <see cref="ScreenedComments"/> are accepted, so withheld text is never counted.
/// </summary>
public static class WordFrequencyAnalysis
{
    /// <summary>The label used for respondents without a group label.</summary>
    public const string UnlabelledGroup = "Uoppgitt";

    /// <summary>The top words of all shown comments.</summary>
    public static WordFrequencyResult Count(ScreenedComments comments, WordFrequencySettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(comments);
        return Build(comments, comments.Comments, null, settings ?? WordFrequencySettings.Default);
    }

    /// <summary>
    /// The top words per group. <paramref name="groupLabels"/> holds one label per dataset row (index = the comment's
    /// row); null or blank labels go to the group «Uoppgitt», which is reported, not dropped.
    /// </summary>
    /// <exception cref="ArgumentException">A comment's row is outside <paramref name="groupLabels"/>.</exception>
    public static GroupedWordFrequencyResult CountByGroup(ScreenedComments comments, IReadOnlyList<string?> groupLabels, WordFrequencySettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(groupLabels);
        var s = settings ?? WordFrequencySettings.Default;
        var groups = new List<(string Label, List<ScreenedComment> Items)>();
        var unlabelled = 0;
        foreach (var c in comments.Comments)
        {
            if (c.Row >= groupLabels.Count)
            {
                throw new ArgumentException($"Question '{comments.QuestionId}': comment row {c.Row + 1} has no group label (only {groupLabels.Count} labels given).", nameof(groupLabels));
            }

            var label = groupLabels[c.Row];
            if (string.IsNullOrWhiteSpace(label))
            {
                label = UnlabelledGroup;
                unlabelled++;
            }

            var g = groups.FindIndex(x => x.Label == label);
            if (g < 0)
            {
                groups.Add((label, []));
                g = groups.Count - 1;
            }

            groups[g].Items.Add(c);
        }

        return new GroupedWordFrequencyResult(comments.QuestionId, [.. groups.Select(g => Build(comments, g.Items, g.Label, s))], unlabelled);
    }

    /// <summary>
    /// Group labels for every row from a dataset column. Codes are labelled from <paramref name="codeLabels"/> when
    /// given; otherwise from the item's answer scale; otherwise the dataset's size-group role column gets Liten /
    /// Mellomstor / Stor and its gender role column Kvinner / Menn (<see cref="Tables.GroupLabels"/>); otherwise the
    /// value as written. No answer gives null (counted as «Uoppgitt» by <see cref="CountByGroup"/>).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public static IReadOnlyList<string?> GroupLabels(SurveyDataset data, string column, IReadOnlyDictionary<int, string>? codeLabels = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var col = data[column];
        var scale = data.Instrument is { } ins && ins.HasItem(column) ? ins.ScaleOf(column) : null;
        codeLabels ??= data.Roles.LabelsOf(column);
        codeLabels ??= scale is null && column == data.Roles.SizeGroup ? Tables.GroupLabels.SizeGroup
            : scale is null && column == data.Roles.Gender ? Tables.GroupLabels.Gender
            : null;
        var labels = new string?[data.RowCount];
        for (var i = 0; i < labels.Length; i++)
        {
            if (col.IsEmpty(i))
            {
                continue;
            }

            labels[i] = col is CodeColumn cc && codeLabels is not null && codeLabels.TryGetValue(cc[i]!.Value, out var l) ? l
                : col is CodeColumn cc2 && scale?.Find(cc2[i]!.Value) is { } opt ? opt.Label
                : col.FormatInvariant(i);
        }

        return labels;
    }

    private static WordFrequencyResult Build(ScreenedComments all, IReadOnlyList<ScreenedComment> items, string? group, WordFrequencySettings s)
    {
        var counts = TermCounts.Count(items, s);
        var entries = s.FoldWordsIntoPhrases && s.MaxNGram > 1 ? Fold(counts.Entries) : counts.Entries;
        var shown = entries.Where(e => e.Respondents >= s.DisclosureThreshold).ToList();
        var suppressed = entries.Count - shown.Count;
        IOrderedEnumerable<WordFrequencyEntry> ranked = s.Ranking == FrequencyRanking.Occurrences
            ? shown.OrderByDescending(e => e.Occurrences).ThenByDescending(e => e.Respondents)
            : shown.OrderByDescending(e => e.Respondents).ThenByDescending(e => e.Occurrences);
        var top = ranked.ThenBy(e => e.Word, StringComparer.Ordinal).Take(s.TopN).ToList();
        return new WordFrequencyResult(all.QuestionId, group, s, top, counts.Comments, counts.CommentsWithWords, all.ScreenedCount, all.WithheldCount, suppressed);
    }

    /// <summary>Drops single words whose every occurrence is inside one phrase (same count as a phrase that contains the word once).</summary>
    private static List<WordFrequencyEntry> Fold(IReadOnlyList<WordFrequencyEntry> entries)
    {
        var phraseCounts = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var p in entries.Where(e => e.Words > 1))
        {
            var parts = p.Key.Split(' ');
            foreach (var part in parts.Where(x => parts.Count(y => y == x) == 1))
            {
                if (!phraseCounts.TryGetValue(part, out var set))
                {
                    phraseCounts[part] = set = [];
                }

                set.Add(p.Occurrences);
            }
        }

        return [.. entries.Where(e => e.Words > 1 || !(phraseCounts.TryGetValue(e.Key, out var set) && set.Contains(e.Occurrences)))];
    }
}
