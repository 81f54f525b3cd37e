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

    /// <summary>The top words of all shown comments (none when <paramref name="comments"/> is a withheld group).</summary>
    public static WordFrequencyResult Count(ScreenedComments comments, WordFrequencySettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(comments);
        return Build(comments, comments.Comments, null, settings ?? WordFrequencySettings.Default);
    }

    /// <summary>
    /// The top words per group. <paramref name="groupLabels"/> holds one label per dataset row (index = the comment's
    /// row); null or blank labels go to the group «Uoppgitt». Every group follows its disclosure tier under
    /// <paramref name="context"/> (default KoRus 2017), decided together with the others as one table on respondents
    /// per group (<see cref="ScreenedComments.ByGroup"/>): a group not released in full lists no word.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="groupLabels"/> has fewer labels than the screened rows.</exception>
    public static GroupedWordFrequencyResult CountByGroup(ScreenedComments comments, IReadOnlyList<string?> groupLabels, WordFrequencySettings? settings = null,
        Disclosure.AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(groupLabels);
        var s = settings ?? WordFrequencySettings.Default;
        var comment = comments.Comments.FirstOrDefault(c => c.Row >= groupLabels.Count);
        if (comment is not null)
        {
            throw new ArgumentException($"Question '{comments.QuestionId}': comment row {comment.Row + 1} has no group label (only {groupLabels.Count} labels given).", nameof(groupLabels));
        }

        var labels = Enumerable.Range(0, Math.Max(groupLabels.Count, comments.Rows))
            .Select(r => r < groupLabels.Count && !string.IsNullOrWhiteSpace(groupLabels[r]) ? groupLabels[r] : UnlabelledGroup).ToList();
        var groups = comments.ByGroup(labels, context);
        var unlabelled = groups.Where(g => g.Group == UnlabelledGroup).Sum(g => g.Comments.Comments.Count);
        return new GroupedWordFrequencyResult(comments.QuestionId, [.. groups.Select(g => Build(g.Comments, g.Comments.Comments, g.Group, s))], unlabelled);
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
        if (all.IsWithheld)
        {
            return new WordFrequencyResult(all.QuestionId, group, s, [], 0, 0, all.ScreenedCount, all.WithheldCount, 0) { SuppressionNote = all.WithheldNote };
        }

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
