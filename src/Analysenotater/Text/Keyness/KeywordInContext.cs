using Analysenotater.Text.Frequencies;
using Analysenotater.Text.Screening;
using Analysenotater.Text.Tokenization;

namespace Analysenotater.Text.Keyness;

/// <summary>Keyword-in-context (concordance) lines from screened comments: <c>KeywordInContext.Find(screened, "ventetid")</c>.</summary>
public static class KeywordInContext
{
    /// <summary>
    /// Every occurrence of <paramref name="keyword"/> (a word matched case-insensitively, or, with stemming in
    /// <paramref name="settings"/>, any word of the same stem) with up to <paramref name="width"/> characters each side.
    /// When fewer respondents than the settings' disclosure threshold use it, or the comments are a group withheld by
    /// its tier (<see cref="ScreenedComments.IsWithheld"/>), no line is returned.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is less than 1.</exception>
    public static KeywordInContextResult Find(ScreenedComments comments, string keyword, WordFrequencySettings? settings = null, int width = 40)
    {
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyword);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var s = settings ?? WordFrequencySettings.Default;
        var extractor = new TermExtractor(s);
        var target = extractor.KeyOf(NorwegianTokenizer.Lower(keyword.Trim()));
        var lines = new List<KeywordInContextLine>();
        var rows = new HashSet<int>();
        foreach (var c in comments.Comments)
        {
            foreach (var t in NorwegianTokenizer.Tokenize(c.Text))
            {
                if (t.Kind != TokenKind.Word || c.OverlapsRedaction(t.Start, t.Length) || extractor.KeyOf(t.Lower) != target)
                {
                    continue;
                }

                rows.Add(c.Row);
                lines.Add(new KeywordInContextLine(c.Row, Cut(c.Text[..t.Start], width, fromEnd: true), t.Text, Cut(c.Text[t.End..], width, fromEnd: false)));
            }
        }

        // A withheld word or group (below the threshold or its tier) gives no line, and not even how many used the word (the result drops the count).
        var suppressed = comments.IsWithheld || rows.Count < s.DisclosureThreshold;
        return new KeywordInContextResult(comments.QuestionId, keyword, suppressed ? [] : lines, rows.Count, s.DisclosureThreshold, suppressed);
    }

    private static string Cut(string text, int width, bool fromEnd)
    {
        var t = text.Replace('\n', ' ').Replace('\r', ' ').Trim();
        if (t.Length <= width)
        {
            return t;
        }

        if (fromEnd)
        {
            var part = t[^width..];
            var sp = part.IndexOf(' ', StringComparison.Ordinal);
            return "…" + (sp >= 0 ? part[(sp + 1)..] : part);
        }
        else
        {
            var part = t[..width];
            var sp = part.LastIndexOf(' ');
            return (sp > 0 ? part[..sp] : part) + "…";
        }
    }
}
