using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// Cross-release attacks through analyst-chosen weights (a weight column added with <c>WithColumn</c>): the weighted
/// table of the same rows differs from the unweighted one by one person; the ledger must treat a weighted release as
/// the weighted sum it is.
/// </summary>
public sealed class CrossReleaseWeightAttackTests
{
    private const string Total = GroupLabels.Total;

    private static CrossReleaseSurvey Survey30() =>
        new([1], [.. Enumerable.Repeat(1, 30)], [.. Enumerable.Repeat(1, 30)], [.. Enumerable.Repeat(1, 30)], [.. Enumerable.Range(0, 30).Select(i => 1 + (i % 3))], null, new bool[30], DisclosurePolicy.KoRus2017);

    private static int[] TrueCounts(CrossReleaseSurvey s, Func<int, bool> row) =>
        [.. new[] { 1, 2, 3 }.Select(code => Enumerable.Range(0, s.N).Count(r => row(r) && s.Q1[r] == code))];

    /// <summary>
    /// Attack 3 in disguise, through an analyst-chosen weight: a weight column (<c>WithColumn</c>) that is 1 for
    /// everyone but 0 for person 17 keeps the weighted table's n and effective n large (29 of 30), yet the weighted
    /// counts are the counts without person 17: the unweighted table minus the weighted one is person 17's answer.
    /// </summary>
    [Fact]
    public void A_zero_weight_for_one_person_does_not_give_that_persons_answer()
    {
        var s = Survey30();
        var weighted = s.Data.WithColumn(new NumericColumn("w", [.. Enumerable.Range(0, s.N).Select(i => i == 17 ? 0.0 : 1.0)]));
        var plain = s.Data.Frequencies("q1");
        var byWeight = weighted.Frequencies("q1", options: new FrequencyOptions { Weights = "w" });
        var truth = TrueCounts(s, r => r == 17);
        // A category the weighted table does not name gives nothing.
        var recovered = new[] { "1", "2", "3" }.Select(c => !byWeight.Categories.Contains(c) ? double.NaN
            : plain.Count(Total, c) is { } n && byWeight.WeightedCount(Total, c) is { } wn ? n - wn
            : plain.Count(Total, c) is { } n2 && !double.IsNaN(byWeight.Percent(Total, c)) ? n2 - (byWeight.Percent(Total, c) * 29 / 100) : double.NaN).ToArray();
        Assert.False(recovered.Select((x, i) => Math.Abs(x - truth[i]) < 0.01).All(b => b), $"row 17 = unweighted − weighted = [{string.Join(", ", recovered)}]");
    }

    /// <summary>
    /// The same with a weight of 2 for person 17 (everyone else 1): the weighted shares are (count + person 17) ÷ 31,
    /// and with whole per cent each share still tells whether person 17 is in it (31 &lt; 100).
    /// </summary>
    [Fact]
    public void A_double_weight_for_one_person_does_not_give_that_persons_answer()
    {
        var s = Survey30();
        var weighted = s.Data.WithColumn(new NumericColumn("w", [.. Enumerable.Range(0, s.N).Select(i => i == 17 ? 2.0 : 1.0)]));
        var plain = s.Data.Frequencies("q1");
        var byWeight = weighted.Frequencies("q1", options: new FrequencyOptions { Weights = "w" });
        var truth = TrueCounts(s, r => r == 17);
        var recovered = new int?[3];
        for (var i = 0; i < 3; i++)
        {
            var c = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!byWeight.Categories.Contains(c) || plain.Count(Total, c) is not { } n || double.IsNaN(byWeight.Percent(Total, c)))
            {
                continue;
            }

            // Which of «not 17» (n ÷ 31) and «17» ((n + 1) ÷ 31) rounds to the share shown?
            var shown = Math.Round(byWeight.Percent(Total, c), byWeight.Options.Decimals, MidpointRounding.AwayFromZero);
            var fits = new[] { 0, 1 }.Where(d => Math.Round(100.0 * (n + d) / 31, byWeight.Options.Decimals, MidpointRounding.AwayFromZero) == shown).ToList();
            recovered[i] = fits.Count == 1 ? fits[0] : null;
        }

        Assert.False(recovered.Select((x, i) => x == truth[i]).All(b => b), $"row 17 from the weighted shares = [{string.Join(", ", recovered)}]");
    }

}
