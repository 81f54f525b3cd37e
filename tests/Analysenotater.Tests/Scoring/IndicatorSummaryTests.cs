using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Instruments;
using Analysenotater.Scoring;

namespace Analysenotater.Tests.Scoring;

public sealed class IndicatorSummaryTests
{
    /// <summary>
    /// 15 respondents on a two-item 1–5 indicator. Size group 1 (rows 1–4): a = b = 5 → score 100 each.
    /// Size group 3 (rows 5–15, 11 respondents): a = 3, b = 2 → (3 + 2)/10 × 100 = 50 each, except row 15 with b blank:
    /// 1 of 2 answered is not more than half → not scored. So Stor: 10 scored, mean 50; Liten: 4 scored, mean 100;
    /// Totalt: 14 scored, mean (4·100 + 10·50)/14 = 900/14.
    /// </summary>
    private static SurveyDataset Data()
    {
        var items = new[] { new Item("a", "1", "A", ItemType.SingleChoice, "S5"), new Item("b", "2", "B", ItemType.SingleChoice, "S5") };
        var ins = new Instrument("t", "1", "t", "t", [TestInstruments.S5], items, null,
            [new IndicatorDefinition("ind", "Samlet", ["a", "b"], "korus-sum-max-prorated"), new IndicatorDefinition("ind_a", "Bare A", ["a"], "fhi-linear-0-100")]);
        var size = Enumerable.Range(1, 15).Select(r => (int?)(r <= 4 ? 1 : 3)).ToList();
        var a = Enumerable.Range(1, 15).Select(r => (int?)(r <= 4 ? 5 : 3)).ToList();
        var b = Enumerable.Range(1, 15).Select(r => r <= 4 ? 5 : r == 15 ? null : (int?)2).ToList();
        return new SurveyDataset(ins, [CodeColumn.FromNullable("kommunestorrelse", size), CodeColumn.FromNullable("a", a), CodeColumn.FromNullable("b", b)]);
    }

    [Fact]
    public void Score_by_size_group_with_disclosure_per_group()
    {
        var t = IndicatorScorer.ScoreBy(Data(), "ind", "kommunestorrelse");

        Assert.Equal(["Totalt", "Liten", "Mellomstor", "Stor"], t.Rows.Select(r => r.Label));
        Assert.Equal(900.0 / 14, t["Totalt"].Mean, 9);
        Assert.Equal(14, t["Totalt"].NScored);

        // SD (n − 1): deviations 100 − 450/7 = 250/7 (×4) and 50 − 450/7 = −100/7 (×10) → Σ² = 350000/49; / 13 → √(350000/637).
        Assert.Equal(Math.Sqrt(350000.0 / 637), t["Totalt"].StandardDeviation, 9);
        Assert.Equal(100, t["Liten"].Mean, 9); // 4 scored: means only under KoRus tiers
        Assert.True(double.IsNaN(t["Liten"].Max));
        Assert.Equal(0, t["Mellomstor"].NScored); // empty group
        Assert.Equal(50, t["Stor"].Mean, 9); // 10 scored (row 15 excluded): means only
        Assert.Equal(1, t["Stor"].Excluded[ScoreExclusion.TooFewValidAnswers]);

        var table = t.Summary();
        Assert.Equal(["Liten", "4", "100,0", "*", "*", "korus-sum-max-prorated"], table.FindRow("Liten")!.Select(c => c.Display()));
        Assert.Equal("0", table.FindRow("Mellomstor")![1].Display()); // empty: no one to protect, shown as 0
        Assert.Throws<InvalidOperationException>(() => t["Liten"].Scores); // attack 8: per-respondent scores are not released
        Assert.Equal(["Totalt", "14", "64,3", "50,0", "100,0", "korus-sum-max-prorated"], table.FindRow("Totalt")!.Select(c => c.Display()));
    }

    [Fact]
    public void Summary_of_all_indicators_names_each_rule()
    {
        var t = IndicatorScorer.Summary(Data(), context: AnalysisContext.Default.WithDisclosure(DisclosurePolicy.None));

        // «Bare A» with fhi-linear-0-100: 4 × (5−1)/4 × 100 = 100 and 11 × (3−1)/4 × 100 = 50 → (400 + 550)/15.
        Assert.Equal(950.0 / 15, t["Bare A"].Mean, 9);
        var text = t.ToText();
        Assert.Contains("Skåringsregel korus-sum-max-prorated", text);
        Assert.Contains("Skåringsregel fhi-linear-0-100", text);
    }

    [Fact]
    public void A_hidden_group_of_a_released_table_gives_no_n_row_count_or_exclusions()
    {
        // Size group 1 holds 2 respondents (hidden under the KoRus tiers), group 3 the other 13; Totalt is the sum, so
        // a readable n of the hidden group (or Totalt − Stor) would place it. Secondary suppression hides Stor as well.
        var data = Data().Where(r => r >= 2);
        var t = IndicatorScorer.ScoreBy(data, "ind", "kommunestorrelse");

        Assert.True(t["Liten"].IsWithheld);
        Assert.Throws<InvalidOperationException>(() => t["Liten"].NScored);
        Assert.Throws<InvalidOperationException>(() => t["Liten"].RespondentCount);
        Assert.Throws<InvalidOperationException>(() => t["Liten"].Excluded);
        Assert.Throws<InvalidOperationException>(() => t["Liten"].NExcluded);
        // Totalt − Stor would give Liten's 2: one of the two is not released either.
        Assert.True(t["Stor"].IsWithheld || t["Totalt"].IsWithheld);
    }
}
