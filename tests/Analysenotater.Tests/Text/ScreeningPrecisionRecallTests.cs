using Analysenotater.Text.Screening;
using Xunit.Abstractions;

namespace Analysenotater.Tests.Text;

/// <summary>
/// Measures the screener on the hand-written labelled set (Data/labelled-comments.csv): a comment counts as flagged
/// when the screener finds any identifying detail. The municipality's local services in the set («Losen»,
/// «Fyrlykta») are configured as a municipality would.
/// </summary>
public sealed class ScreeningPrecisionRecallTests(ITestOutputHelper output)
{
    [Fact]
    public void Recall_on_identifying_comments_is_at_least_95_percent_and_precision_is_reported()
    {
        var items = LabelledCommentSet.Load();
        Assert.True(items.Count >= 150, $"The labelled set has {items.Count} comments; at least 150 are required.");
        var screener = new CommentScreener(ScreeningLexicon.Default.WithLocalServices("Losen", "Fyrlykta"));
        int tp = 0, fn = 0, fp = 0, tn = 0;
        var misses = new List<string>();
        var falseAlarms = new List<string>();
        foreach (var item in items)
        {
            var flags = screener.FindFlags(item.Text);
            var flagged = flags.Count > 0;
            if (item.Identifying && flagged)
            {
                tp++;
            }
            else if (item.Identifying)
            {
                fn++;
                misses.Add($"{item.Id} ({item.Kind})");
            }
            else if (flagged)
            {
                fp++;
                falseAlarms.Add($"{item.Id} ({item.Kind}: {string.Join(", ", flags.Select(f => f.Kind))})");
            }
            else
            {
                tn++;
            }
        }

        var recall = tp / (double)(tp + fn);
        var precision = tp / (double)(tp + fp);
        var specificity = tn / (double)(tn + fp);
        output.WriteLine($"Labelled set: {items.Count} comments, {tp + fn} identifying, {fp + tn} not identifying.");
        output.WriteLine($"TP={tp} FN={fn} FP={fp} TN={tn}");
        output.WriteLine($"Recall (identifying comments flagged) = {recall:F3}");
        output.WriteLine($"Precision (flagged comments that are identifying) = {precision:F3}");
        output.WriteLine($"Specificity (non-identifying comments kept) = {specificity:F3}");
        output.WriteLine("Missed: " + (misses.Count == 0 ? "none" : string.Join("; ", misses)));
        output.WriteLine("False alarms: " + (falseAlarms.Count == 0 ? "none" : string.Join("; ", falseAlarms)));
        foreach (var g in items.Where(i => i.Identifying).GroupBy(i => i.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var hit = g.Count(i => screener.FindFlags(i.Text).Count > 0);
            output.WriteLine($"  recall for {g.Key}: {hit}/{g.Count()}");
        }

        Assert.True(recall >= 0.95, $"Recall {recall:F3} is below 0.95. Missed: {string.Join("; ", misses)}");
    }
}
