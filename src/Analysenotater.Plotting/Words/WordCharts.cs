using Analysenotater.Plotting.Building;
using Analysenotater.Reporting;
using Plotly.NET;

namespace Analysenotater.Plotting.Words;

/// <summary>Word-frequency bars and keyness charts for open answers (input must come from screened comments).</summary>
public static class WordCharts
{
    /// <summary>Horizontal bars of the most frequent words, most frequent at the top.</summary>
    /// <param name="words">Words with counts (any order; sorted here by count, then alphabetically with Norwegian ordering).</param>
    /// <param name="title">Chart title.</param>
    /// <param name="countLabel">What the counts are, for example "Antall respondenter".</param>
    /// <param name="settingsNote">The analysis settings printed under the chart (minimum length, stop words, stemming …).</param>
    public static GenericChart Frequencies(IReadOnlyList<WordCount> words, string title, string countLabel, string? settingsNote = null)
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
    public static GenericChart Keyness(IReadOnlyList<KeynessTerm> terms, string title, string firstGroup, string secondGroup)
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
