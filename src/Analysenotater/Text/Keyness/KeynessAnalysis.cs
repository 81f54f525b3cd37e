using Analysenotater.Text.Frequencies;
using Analysenotater.Text.Screening;

namespace Analysenotater.Text.Keyness;

/// <summary>
/// Keyness between two groups of screened comments: which words are more frequent in A than in B, by Dunning's G² with
/// log ratio as effect size. Only <see cref="ScreenedComments"/> are accepted.
/// </summary>
public static class KeynessAnalysis
{
    /// <summary>Compares group A with group B using the same counting settings as the word lists (stop words, length, stemming, phrases, exclusions).</summary>
    /// <exception cref="ArgumentException">A group has no counted words, or fewer respondents with a comment than <see cref="WordFrequencySettings.DisclosureThreshold"/>.</exception>
    public static KeynessResult Compare(ScreenedComments groupA, string labelA, ScreenedComments groupB, string labelB, WordFrequencySettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(groupA);
        ArgumentNullException.ThrowIfNull(groupB);
        ArgumentException.ThrowIfNullOrWhiteSpace(labelA);
        ArgumentException.ThrowIfNullOrWhiteSpace(labelB);
        var s = settings ?? WordFrequencySettings.Default;

        // The threshold applies to each compared group: a group with fewer commenting respondents than the threshold
        // is not compared at all (its words would be its members' words).
        foreach (var (group, label) in new[] { (groupA, labelA), (groupB, labelB) })
        {
            if (group.IsWithheld)
            {
                throw new ArgumentException($"Keyness for '{groupA.QuestionId}': group '{label}' is withheld by disclosure control (too few respondents in it or in the rest); its words cannot be shown.");
            }

            if (group.Comments.Count < s.DisclosureThreshold)
            {
                throw new ArgumentException($"Keyness for '{groupA.QuestionId}': group '{label}' has fewer than {s.DisclosureThreshold} respondents with a comment after screening; its words cannot be shown (disclosure threshold).");
            }
        }

        var a = TermCounts.Count(groupA.Comments, s);
        var b = TermCounts.Count(groupB.Comments, s);
        if (a.WordTokens == 0 || b.WordTokens == 0)
        {
            throw new ArgumentException($"Keyness for '{groupA.QuestionId}': group '{(a.WordTokens == 0 ? labelA : labelB)}' has no counted words after screening and filtering.");
        }

        var byKey = new Dictionary<string, (WordFrequencyEntry? A, WordFrequencyEntry? B)>(StringComparer.Ordinal);
        foreach (var e in a.Entries.Where(e => e.Words == 1))
        {
            byKey[e.Key] = (e, null);
        }

        foreach (var e in b.Entries.Where(e => e.Words == 1))
        {
            byKey[e.Key] = (byKey.GetValueOrDefault(e.Key).A, e);
        }

        var entries = new List<KeynessEntry>();
        var suppressed = 0;
        foreach (var (key, (ea, eb)) in byKey)
        {
            var ra = ea?.Respondents ?? 0;
            var rb = eb?.Respondents ?? 0;
            // Each group's count is shown: a word used by some, but fewer than the threshold, in either group is hidden.
            if (ra + rb < s.DisclosureThreshold || (ra > 0 && ra < s.DisclosureThreshold) || (rb > 0 && rb < s.DisclosureThreshold))
            {
                suppressed++;
                continue;
            }

            var ca = ea?.Occurrences ?? 0;
            var cb = eb?.Occurrences ?? 0;
            // The shown form: the most frequent released surface form of either group (the key when no single form is released).
            var word = (ea?.Forms ?? []).Concat(eb?.Forms ?? []).GroupBy(f => f.Key).OrderByDescending(g => g.Sum(x => x.Value)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key).FirstOrDefault() ?? key;
            var g2 = LogLikelihood.G2(ca, cb, a.WordTokens, b.WordTokens);
            entries.Add(new KeynessEntry(word, key, ca, cb, ra, rb, g2, LogLikelihood.LogRatio(ca, cb, a.WordTokens, b.WordTokens), LogLikelihood.PValue(g2)));
        }

        var top = entries.OrderByDescending(e => e.G2).ThenBy(e => e.Word, StringComparer.Ordinal).Take(s.TopN).ToList();
        return new KeynessResult(groupA.QuestionId, labelA, labelB, a.WordTokens, b.WordTokens, a.Comments, b.Comments, top, s, suppressed);
    }
}
