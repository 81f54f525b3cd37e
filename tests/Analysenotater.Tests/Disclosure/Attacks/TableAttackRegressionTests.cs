using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// The attacks of issue 17 on tables, each replayed by the exact attacker (every released number of the tables of one
/// grouping combined). Each also runs without secondary suppression, where the attack must succeed — so the test can fail.
/// </summary>
public sealed class TableAttackRegressionTests
{
    /// <summary>Respondents as (g, h, q): g/h 0 = no value, q 0 = blank.</summary>
    private static SmallSurvey Survey(DisclosurePolicy policy, int groups, params (int G, int H, int Q)[] rows) =>
        new(groups, [.. rows.Select(r => r.G)], [.. rows.Select(r => r.H)], [.. rows.Select(r => r.Q)], [.. rows.Select(_ => 1.0)], true, policy);

    private static (int, int, int)[] Group(int g, int n, int h = 1) => [.. Enumerable.Range(0, n).Select(i => (g, h, 1 + (i % 3)))];

    [Fact]
    public void Attack01_two_hidden_groups_of_1_and_2_cannot_be_read_as_Totalt_minus_the_rest()
    {
        var rows = Group(1, 1).Concat(Group(2, 2)).Concat(Group(3, 30)).ToArray();
        Assert.Empty(TableAttackProperties.Attack(Survey(DisclosurePolicy.KoRus2017, 3, rows), twoWay: false));
        Assert.Empty(TableAttackProperties.Attack(Survey(DisclosurePolicy.MinimumFive, 3, rows), twoWay: false));
        Assert.NotEmpty(TableAttackProperties.Attack(Survey(DisclosurePolicy.KoRus2017.WithoutComplementarySuppression(), 3, rows), twoWay: false));
    }

    [Fact]
    public void Attack01_in_by_then_by_tables()
    {
        var rows = Group(1, 1, 1).Concat(Group(1, 2, 2)).Concat(Group(2, 15, 1)).Concat(Group(2, 15, 2)).ToArray();
        Assert.Empty(TableAttackProperties.Attack(Survey(DisclosurePolicy.KoRus2017, 2, rows), twoWay: true));
        Assert.NotEmpty(TableAttackProperties.Attack(Survey(DisclosurePolicy.KoRus2017.WithoutComplementarySuppression(), 2, rows), twoWay: true));
    }

    [Fact]
    public void Attack01_two_means_only_groups_of_4_and_5_do_not_give_their_nine_answers()
    {
        var rows = Group(1, 4).Concat(Group(2, 5)).Concat(Group(3, 30)).ToArray();
        var t = FrequencyTables.By(Survey(DisclosurePolicy.KoRus2017, 3, rows).Data(), "q", "g", options: new FrequencyOptions { GroupLabels = Labels(3) });
        Assert.Equal(DisclosureLevel.MeansOnly, t.Level("G1"));
        Assert.Equal(DisclosureLevel.MeansOnly, t.Level("G2"));
        Assert.Equal(DisclosureLevel.MeansOnly, t.Level("G3")); // 4 + 5 = 9 answers together, fewer than 11
        Assert.Equal(CellState.Secondary, t.State("G3", "1"));
        Assert.Empty(TableAttackProperties.Attack(Survey(DisclosurePolicy.KoRus2017, 3, rows), twoWay: false));
        Assert.NotEmpty(TableAttackProperties.Attack(Survey(DisclosurePolicy.KoRus2017.WithoutComplementarySuppression(), 3, rows), twoWay: false));
    }

    [Fact]
    public void Attack02_respondents_without_a_group_value_are_protected_like_a_hidden_group()
    {
        var rows = new[] { (0, 1, 1), (0, 1, 2) }.Concat(Group(1, 20)).Concat(Group(2, 30)).ToArray();
        var s = Survey(DisclosurePolicy.KoRus2017, 2, rows);
        var t = FrequencyTables.By(s.Data(), "q", "g", options: new FrequencyOptions { GroupLabels = Labels(2) });
        Assert.Null(t.RespondentsWithoutGroup);
        Assert.DoesNotContain("2 respondent(er)", string.Join(" ", t.Notes), StringComparison.Ordinal);
        Assert.Equal(DisclosureLevel.Nothing, t.Level("G1")); // else the two are Totalt − G1 − G2
        Assert.Empty(TableAttackProperties.Attack(s, twoWay: false));
        Assert.NotEmpty(TableAttackProperties.Attack(s with { Policy = DisclosurePolicy.KoRus2017.WithoutComplementarySuppression() }, twoWay: false));
    }

    [Fact]
    public void Attack03_an_empty_group_does_not_count_as_a_second_hidden_group()
    {
        // Labelled groups G1 (2 answers), G2 (30) and G3 (none): G3 is shown as 0, so G2 must go.
        var rows = Group(1, 2).Concat(Group(2, 30)).ToArray();
        var s = Survey(DisclosurePolicy.KoRus2017, 3, rows);
        var t = FrequencyTables.By(s.Data(), "q", "g", options: new FrequencyOptions { GroupLabels = Labels(3) });
        Assert.Equal(0, t.ValidN("G3"));
        Assert.Equal(DisclosureLevel.Nothing, t.Level("G2"));
        Assert.Empty(TableAttackProperties.Attack(s, twoWay: false));
    }

    [Fact]
    public void Attack04_analyst_chosen_weights_do_not_show_two_respondents_answers()
    {
        // Weight 1 for two targets, 1e-9 or 0 for 453 others: Totalt has n = 455, but its effective n is 2.
        foreach (var small in new[] { 1e-9, 0 })
        {
            var q = Enumerable.Range(0, 455).Select(i => (int?)(i < 2 ? 5 : 1 + (i % 3))).ToArray();
            var w = Enumerable.Range(0, 455).Select(i => i < 2 ? 1.0 : small).ToArray();
            var data = new SurveyDataset(null, [CodeColumn.FromNullable("q", q), new NumericColumn("w", w)]);
            var t = FrequencyTables.Of(data, "q", new FrequencyOptions { Weights = "w" });
            Assert.NotEqual(DisclosureLevel.Full, t.Level(GroupLabels.Total));
            Assert.All(t.Categories, c => Assert.True(double.IsNaN(t.Percent(GroupLabels.Total, c))));
            Assert.DoesNotContain("100", t.Summary().ToCsv(), StringComparison.Ordinal);
            Assert.Contains(t.Notes, n => n.Contains("effektivt antall", StringComparison.Ordinal));
            var k = FrequencyTables.KeyFigures(data.WithColumn(new CodeColumn("kjonn", [.. Enumerable.Repeat((short)1, 455)])),
                [new KeyFigureRow("q", "Fem", [5])], groupBy: "kjonn", weights: "w");
            Assert.True(double.IsNaN(k.Percent("Fem", GroupLabels.Total)));
        }
    }

    [Fact]
    public void Attack04_dominance_rule_is_available_and_named()
    {
        var q = Enumerable.Range(0, 100).Select(i => (int?)(1 + (i % 3))).ToArray();
        var w = Enumerable.Range(0, 100).Select(i => i == 0 ? 40.0 : 1.0).ToArray(); // one respondent: 40 of 139 (29 %); effective n 11.4
        var data = new SurveyDataset(null, [CodeColumn.FromNullable("q", q), new NumericColumn("w", w)]);
        var plain = FrequencyTables.Of(data, "q", new FrequencyOptions { Weights = "w" });
        Assert.Equal(DisclosureLevel.Full, plain.Level(GroupLabels.Total));
        var ctx = new AnalysisContext { Disclosure = DisclosurePolicy.KoRus2017.WithDominanceRule(0.25) };
        var dominated = FrequencyTables.Of(data, "q", new FrequencyOptions { Weights = "w" }, ctx);
        Assert.Equal(DisclosureLevel.Nothing, dominated.Level(GroupLabels.Total));
        Assert.Contains(dominated.Notes, n => n.Contains("Dominansregel", StringComparison.Ordinal));
    }

    [Fact]
    public void Attack05_exports_carry_the_percentages_as_shown()
    {
        // 1 of 3 = 33,333… %: shown as 33 %; CSV and JSON carry 33, never 33.333….
        var q = new int?[] { 1, 2, 2 }.Concat(Enumerable.Range(0, 30).Select(i => (int?)(1 + (i % 2)))).ToArray();
        var data = new SurveyDataset(null, [CodeColumn.FromNullable("q", q)]);
        var t = FrequencyTables.Of(data, "q", new FrequencyOptions()).Summary();
        Assert.DoesNotContain("48.48", t.ToCsv(), StringComparison.Ordinal);
        Assert.Contains(",48\n", t.ToCsv(), StringComparison.Ordinal);
        Assert.DoesNotContain("48.48", t.ToJson(), StringComparison.Ordinal);
    }

    private static Dictionary<int, string> Labels(int groups) => Enumerable.Range(1, groups).ToDictionary(c => c, c => "G" + c);
}
