using Analysenotater.Text.Screening;

namespace Analysenotater.Tests.Text.Screening;

/// <summary>
/// Precision and recall of a screener on a labelled set: a comment counts as caught when the policy does not keep it
/// as written (withheld or redacted), which is what a reader would otherwise have seen.
/// </summary>
internal sealed class ScreeningMeasurement
{
    private ScreeningMeasurement(LabelledCorpus corpus, List<(LabelledCorpus.Item Item, bool Caught)> results)
    {
        Corpus = corpus;
        Results = results;
        TruePositives = results.Count(r => r.Item.Identifying && r.Caught);
        FalseNegatives = results.Count(r => r.Item.Identifying && !r.Caught);
        FalsePositives = results.Count(r => !r.Item.Identifying && r.Caught);
        TrueNegatives = results.Count(r => !r.Item.Identifying && !r.Caught);
    }

    public LabelledCorpus Corpus { get; }

    public IReadOnlyList<(LabelledCorpus.Item Item, bool Caught)> Results { get; }

    public int TruePositives { get; }

    public int FalseNegatives { get; }

    public int FalsePositives { get; }

    public int TrueNegatives { get; }

    public double Recall => TruePositives / (double)(TruePositives + FalseNegatives);

    public double Precision => TruePositives / (double)(TruePositives + FalsePositives);

    public static ScreeningMeasurement Run(LabelledCorpus corpus, CommentScreener screener)
    {
        var results = new List<(LabelledCorpus.Item, bool)>();
        foreach (var item in corpus.Items)
        {
            var decision = screener.Policy.Decide(screener.FindFlags(item.Text));
            results.Add((item, decision != ScreeningAction.Keep));
        }

        return new ScreeningMeasurement(corpus, results);
    }

    /// <summary>Totals and per-kind counts, without any comment text.</summary>
    public IEnumerable<string> Summary()
    {
        yield return $"{Corpus.Name}: {Results.Count} comments ({TruePositives + FalseNegatives} identifying, {FalsePositives + TrueNegatives} not); "
            + $"TP={TruePositives} FN={FalseNegatives} FP={FalsePositives} TN={TrueNegatives}; recall={Recall:F3} precision={Precision:F3}";
        foreach (var g in Results.GroupBy(r => (r.Item.Identifying, r.Item.Kind)).OrderBy(g => !g.Key.Identifying).ThenBy(g => g.Key.Kind, StringComparer.Ordinal))
        {
            var caught = g.Count(r => r.Caught);
            yield return g.Key.Identifying
                ? $"  identifying {g.Key.Kind}: caught {caught}/{g.Count()}"
                : $"  harmless {g.Key.Kind}: withheld {caught}/{g.Count()}";
        }

        foreach (var v in Results.GroupBy(r => r.Item.Variety).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return $"  variety {v.Key}: identifying caught {v.Count(r => r.Item.Identifying && r.Caught)}/{v.Count(r => r.Item.Identifying)}, harmless withheld {v.Count(r => !r.Item.Identifying && r.Caught)}/{v.Count(r => !r.Item.Identifying)}";
        }
    }
}
