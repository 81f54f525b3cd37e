using Analysenotater.Plotting.Building;
using Analysenotater.Reporting;
using Plotly.NET;

namespace Analysenotater.Plotting.Words;

/// <summary>Word-frequency bars and keyness charts for open answers (input must come from screened comments).</summary>
public static class WordCharts
{
    /// <summary>
    /// From a released word list (<c>WordFrequencyAnalysis.Count</c>): horizontal bars of its words (only words the
    /// list releases: used by at least its threshold of respondents, in a group whose tier allows words), counted by
    /// respondents (default) or occurrences; the list's settings and disclosure rule are printed under the chart. A
    /// withheld group's list draws no bar and says so.
    /// </summary>
    /// <param name="result">The released word list.</param>
    /// <param name="title">The title (null: «Mest brukte ord: question»).</param>
    /// <param name="byOccurrences">True to draw occurrences instead of respondents.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Frequencies(Text.Frequencies.WordFrequencyResult result, string? title = null, bool byOccurrences = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var words = result.Entries.Select(e => new WordCount(e.Word, byOccurrences ? e.Occurrences : e.Respondents)).ToList();
        var note = $"Ord brukt av færre enn {result.Settings.DisclosureThreshold} respondenter vises ikke. {result.Settings.Describe()}";
        if (result.IsSuppressed)
        {
            note = result.SuppressionNote + " " + note;
        }

        return DrawFrequencies(words, title ?? $"Mest brukte ord: {result.QuestionId}" + (result.Group is null ? "" : $" ({result.Group})"),
            byOccurrences ? "Antall forekomster" : "Antall respondenter", note);
    }

    /// <summary>From a released keyness comparison (<c>KeynessAnalysis.Compare</c>): only the words it releases, as <see cref="DrawKeyness"/>.</summary>
    /// <param name="result">The released comparison.</param>
    /// <param name="title">The title (null: «Nøkkelord: A mot B»).</param>
    /// <returns>The chart.</returns>
    public static GenericChart Keyness(Text.Keyness.KeynessResult result, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return DrawKeyness([.. result.Entries.Select(e => new KeynessTerm(e.Word, e.LogRatio, e.G2))], title ?? $"Nøkkelord: {result.LabelA} mot {result.LabelB}", result.LabelA, result.LabelB);
    }

    /// <summary>Horizontal bars of the most frequent words, most frequent at the top.</summary>
    /// <param name="words">Words with counts (any order; sorted here by count, then alphabetically with Norwegian ordering).</param>
    /// <param name="title">Chart title.</param>
    /// <param name="countLabel">What the counts are, for example "Antall respondenter".</param>
    /// <param name="settingsNote">The analysis settings printed under the chart (minimum length, stop words, stemming …).</param>
    internal static GenericChart DrawFrequencies(IReadOnlyList<WordCount> words, string title, string countLabel, string? settingsNote = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        var nb = System.Globalization.CultureInfo.GetCultureInfo("nb-NO").CompareInfo;
        var sorted = words.OrderByDescending(w => w.Count).ThenBy(w => w.Word, Comparer<string>.Create((a, b) => nb.Compare(a, b))).ToList();
        var trace = PlotlyBuilder.Trace("bar",
            ("orientation", "h"),
            ("name", countLabel),
            ("y", sorted.Select(w => w.Word).ToArray()),
            ("x", sorted.Select(w => w.Count).ToArray()),
            ("text", sorted.Select(w => NorwegianFormat.Count(w.Count)).ToArray()),
            ("textposition", "outside"),
            ("marker", PlotlyBuilder.Obj(("color", ChartPalette.Groups[0]))));
        return PlotlyBuilder.Chart([trace], title, settingsNote is null ? [] : [settingsNote],
            ("xaxis", PlotlyBuilder.Obj(("title", PlotlyBuilder.Obj(("text", countLabel))))),
            ("yaxis", PlotlyBuilder.Obj(("autorange", "reversed"), ("automargin", true))),
            ("showlegend", false),
            ("height", 160 + (26 * Math.Max(1, sorted.Count))));
    }

    /// <summary>
    /// Keyness between two groups: a diverging bar per word of its log ratio (right = typical of
    /// <paramref name="firstGroup"/>, left = of <paramref name="secondGroup"/>), sorted by log ratio; hover shows G².
    /// </summary>
    internal static GenericChart DrawKeyness(IReadOnlyList<KeynessTerm> terms, string title, string firstGroup, string secondGroup)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var sorted = terms.OrderByDescending(t => t.LogRatio).ToList();
        var trace = PlotlyBuilder.Trace("bar",
            ("orientation", "h"),
            ("y", sorted.Select(t => t.Word).ToArray()),
            ("x", sorted.Select(t => t.LogRatio).ToArray()),
            ("customdata", sorted.Select(t => t.LogLikelihood).ToArray()),
            ("marker", PlotlyBuilder.Obj(("color", sorted.Select(t => t.LogRatio >= 0 ? ChartPalette.Groups[0] : ChartPalette.Groups[1]).ToArray()))),
            ("hovertemplate", "%{y}: log₂-ratio %{x:.2f}, G² = %{customdata:.1f}<extra></extra>"));
        return PlotlyBuilder.Chart([trace], title, [],
            ("xaxis", PlotlyBuilder.Obj(("title", PlotlyBuilder.Obj(("text", $"← typisk for «{secondGroup}» · log₂-ratio · typisk for «{firstGroup}» →"))), ("zeroline", true))),
            ("yaxis", PlotlyBuilder.Obj(("autorange", "reversed"), ("automargin", true))),
            ("showlegend", false),
            ("height", 160 + (26 * Math.Max(1, sorted.Count))));
    }
}
