using Analysenotater.Text.Screening;

namespace Analysenotater.Text.Frequencies;

/// <summary>Counts of every term in a set of screened comments (before threshold and top-N).</summary>
internal sealed class TermCounts
{
    private TermCounts(IReadOnlyList<WordFrequencyEntry> entries, int comments, int commentsWithWords, int wordTokens)
    {
        Entries = entries;
        Comments = comments;
        CommentsWithWords = commentsWithWords;
        WordTokens = wordTokens;
    }

    /// <summary>All terms not excluded, in no particular order.</summary>
    public IReadOnlyList<WordFrequencyEntry> Entries { get; }

    /// <summary>Comments counted.</summary>
    public int Comments { get; }

    /// <summary>Comments with at least one counted word.</summary>
    public int CommentsWithWords { get; }

    /// <summary>Counted single-word tokens (the corpus size for keyness).</summary>
    public int WordTokens { get; }

    public static TermCounts Count(IEnumerable<ScreenedComment> comments, WordFrequencySettings settings)
    {
        var extractor = new TermExtractor(settings);
        var occ = new Dictionary<string, int>(StringComparer.Ordinal);
        var resp = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var formRespondents = new Dictionary<(string Key, string Surface), int>();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = 0, withWords = 0, tokens = 0;
        foreach (var c in comments)
        {
            n++;
            var terms = extractor.Extract(c);
            if (terms.Count > 0)
            {
                withWords++;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var seenForms = new HashSet<(string, string)>();
            foreach (var (key, surface, w) in terms)
            {
                if (w == 1)
                {
                    tokens++;
                }

                occ[key] = occ.GetValueOrDefault(key) + 1;
                words[key] = w;
                if (seen.Add(key))
                {
                    resp[key] = resp.GetValueOrDefault(key) + 1;
                }

                if (!forms.TryGetValue(key, out var f))
                {
                    forms[key] = f = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                f[surface] = f.GetValueOrDefault(surface) + 1;
                if (seenForms.Add((key, surface)))
                {
                    formRespondents[(key, surface)] = formRespondents.GetValueOrDefault((key, surface)) + 1;
                }
            }
        }

        var entries = new List<WordFrequencyEntry>();
        foreach (var (key, count) in occ)
        {
            var f = forms[key].OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
            if (extractor.IsExcluded(key, f.Select(x => x.Key)))
            {
                continue;
            }

            // A surface form is a word of its own: shown (as the word or among the grouped forms) only when at least the
            // threshold of respondents wrote it; the word shown is then the most frequent released form, else the stem.
            var released = f.Where(x => formRespondents[(key, x.Key)] >= settings.DisclosureThreshold).ToList();
            entries.Add(new WordFrequencyEntry(released.Count > 0 ? released[0].Key : key, key, words[key], count, resp[key], released));
        }

        return new TermCounts(entries, n, withWords, tokens);
    }
}
