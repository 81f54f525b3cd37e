using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Instruments;
using Analysenotater.Scoring;

namespace Analysenotater.Tests.Scoring;

public sealed class ScoringRulesTests
{
    [Fact]
    public void Registry_resolves_the_named_rules_and_lists_known_ids_on_a_typo()
    {
        Assert.Equal("korus-sum-max-prorated", ScoringRules.Get("korus-sum-max-prorated").Id);
        Assert.Equal("korus-sum-max-full", ScoringRules.Get("korus-sum-max-full").Id);
        Assert.Equal("ks-dimension-mean", ScoringRules.Get("ks-dimension-mean").Id);
        Assert.Equal("fhi-linear-0-100", ScoringRules.Get("fhi-linear-0-100").Id);
        var ex = Assert.Throws<KeyNotFoundException>(() => ScoringRules.Get("korus-sum"));
        Assert.Equal("No scoring rule 'korus-sum'. Known rules: korus-sum-max-prorated, korus-sum-max-full, korus-sum-max-prorated-drop-na, korus-sum-max-full-drop-na, ks-dimension-mean, ks-dimension-mean-of-item-means, fhi-linear-0-100. A study file can define more under «scoringRules».", ex.Message);
    }

    [Theory]
    [InlineData(4, 5, 20, 15)] // 3 of 4 at 1: 3/20 = 15
    [InlineData(6, 5, 20, 4 * 100.0 / 30)] // 4 of 6 at 1: 4/30
    [InlineData(5, 5, 20, 12)] // 3 of 5 at 1: 3/25
    [InlineData(10, 4, 25, 15)] // 6 of 10 at 1: 6/40
    public void Attainable_minimum_is_the_floor_for_prorated_and_lower_for_full(int k, int max, double proratedLow, double fullLow)
    {
        var ranges = Enumerable.Repeat((1.0, (double)max), k).ToList();
        Assert.Equal(proratedLow, ScoringRules.KoRusProrated.ScoreRange(ranges).Low, 9);
        Assert.Equal(fullLow, ScoringRules.KoRusFull.ScoreRange(ranges).Low, 9);
    }

    [Fact]
    public void Ks_dimension_scores_on_the_shipped_instrument()
    {
        var ks = KnownInstruments.KsPsykiskHelseRus;

        // Five respondents on the three-item dimension «Brukermedvirkning»
        // (brukermedvirkning_1..3). Respondent means: (4+4+3)/3 = 11/3, (2+2+2)/3 = 2, 4/1 = 4, (1+3)/2 = 2, (3+3+3)/3 = 3.
        // Mean of respondent means = (11/3 + 2 + 4 + 2 + 3)/5 = (11/3 + 11)/5 = 44/15.
        // Item means: b1 (4+2+4+1+3)/5 = 14/5; b2 (4+2+3)/3 = 3; b3 (3+2+3+3)/4 = 11/4 → (2.8 + 3 + 2.75)/3 = 2.85.
        int?[][] answers =
        [
            [4, 4, 3],
            [2, 2, 2],
            [4, null, null],
            [1, null, 3],
            [3, 3, 3],
        ];
        var cols = new List<SurveyColumn>();
        for (var j = 0; j < 3; j++)
        {
            cols.Add(CodeColumn.FromNullable($"brukermedvirkning_{j + 1}", answers.Select(a => a[j])));
        }

        var data = new SurveyDataset(ks, cols);
        var raw = AnalysisContext.Default.WithDisclosure(DisclosurePolicy.None);
        var byRespondent = IndicatorScorer.Score(data, "dim_brukermedvirkning", context: raw);
        var byItem = IndicatorScorer.Score(data, "dim_brukermedvirkning", ScoringRules.KsDimensionMeanOfItemMeans, raw);
        Assert.Equal(44.0 / 15, byRespondent.Mean, 12);
        Assert.Equal(2.85, byItem.Mean, 12);
        Assert.Equal(5, byRespondent.NScored);
        Assert.Contains("INGEN skjuling", byRespondent.ToText());
    }

    [Fact]
    public void Summary_statistics_obey_the_default_disclosure_policy()
    {
        // 5 respondents, KoRus tiers: 4–10 → means only. Mean is shown, min/max are hidden.
        var scale = new AnswerScale("S5", [.. Enumerable.Range(1, 5).Select(c => new ScaleOption(c, "k" + c))]);
        var items = new[] { new Item("a", "1", "A", ItemType.SingleChoice, "S5"), new Item("b", "2", "B", ItemType.SingleChoice, "S5") };
        var ind = new IndicatorDefinition("ind", "Indikator", ["a", "b"], "korus-sum-max-prorated");
        var ins = new Instrument("t", "1", "t", "t", [scale], items, null, [ind]);
        var data = new SurveyDataset(ins, [
            CodeColumn.FromNullable("a", [5, 5, 1, 3, 4]),
            CodeColumn.FromNullable("b", [5, 3, 1, 3, 4]),
        ]);

        var r = IndicatorScorer.Score(data, "ind");

        // Scores: 100, 80, 20, 60, 80 → mean 68.
        Assert.Equal(68, r.Mean, 9);
        Assert.True(double.IsNaN(r.Min));
        Assert.True(double.IsNaN(r.Max));
        var table = r.Summary();
        Assert.Equal(Analysenotater.Reporting.CellKind.Suppressed, table.Rows[0][3].Kind);
        Assert.Contains("bare antall og gjennomsnitt vises", r.ToText());
        Assert.Equal([100, 80, 20, 60, 80], r.ToArray());
    }

    [Fact]
    public void Scoring_without_an_instrument_says_why()
    {
        var data = new SurveyDataset(null, [CodeColumn.FromNullable("a", [1])]);
        var ex = Assert.Throws<InvalidOperationException>(() => IndicatorScorer.Score(data, "ind_samlet"));
        Assert.Equal("Cannot score indicator 'ind_samlet': the dataset is not tied to an instrument, so item scales are unknown.", ex.Message);
    }
}
