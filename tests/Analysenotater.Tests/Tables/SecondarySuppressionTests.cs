using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Tables;

/// <summary>
/// Secondary suppression: with Totalt shown, a single hidden group would be Totalt minus the other groups, so the
/// smallest other group is hidden too. Expected levels are worked out by hand from the KoRus 2017 thresholds
/// (fewer than 4 → nothing; 4–10 → n and means only; 11 or more → everything).
/// </summary>
public sealed class SecondarySuppressionTests
{
    private static SurveyDataset Data(int small, int medium, int large)
    {
        var q = new List<short>();
        var g = new List<short>();
        foreach (var (group, n) in new[] { (1, small), (2, medium), (3, large) })
        {
            for (var i = 0; i < n; i++)
            {
                q.Add((short)(1 + (i % 2)));
                g.Add((short)group);
            }
        }

        return new SurveyDataset(null, [new CodeColumn("q", [.. q]), new CodeColumn("g", [.. g])]);
    }

    private static readonly FrequencyOptions Labels = new() { GroupLabels = new Dictionary<int, string> { [1] = "liten", [2] = "middels", [3] = "stor" } };

    [Fact]
    public void One_group_below_the_n_threshold_takes_the_smallest_other_group_with_it()
    {
        // liten 3 (< 4: nothing), middels 20, stor 30: Totalt − stor − middels would give liten, so middels goes too.
        var t = FrequencyTables.By(Data(3, 20, 30), "q", "g", options: Labels);
        Assert.Equal(DisclosureLevel.Nothing, t.Level("liten"));
        Assert.Equal(DisclosureLevel.Nothing, t.Level("middels"));
        Assert.Equal(DisclosureLevel.Full, t.Level("stor"));
        Assert.Null(t.ValidN("middels"));
        Assert.Contains(t.Notes, n => n.Contains("«middels»: skjult også (sekundær skjuling)", StringComparison.Ordinal));
        var text = t.ToText();
        Assert.DoesNotContain("20", text.Split('\n').Single(l => l.StartsWith("Antall gyldige svar", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void One_group_with_means_only_hides_the_distribution_of_the_smallest_other_group()
    {
        // liten 8 (4–10: n only), middels 12, stor 30: middels keeps its n but loses its distribution.
        var t = FrequencyTables.By(Data(8, 12, 30), "q", "g", options: Labels);
        Assert.Equal(DisclosureLevel.MeansOnly, t.Level("liten"));
        Assert.Equal(DisclosureLevel.MeansOnly, t.Level("middels"));
        Assert.Equal(12, t.ValidN("middels"));
        Assert.True(double.IsNaN(t.Percent("middels", "1")));
        Assert.False(double.IsNaN(t.Percent("stor", "1")));
    }

    [Fact]
    public void Two_hidden_groups_together_must_pass_the_rule_and_the_rule_can_be_turned_off_only_by_name()
    {
        // liten 3 + middels 3: Totalt − stor gives their six answers together, fewer than 11 → stor's distribution goes too.
        var two = FrequencyTables.By(Data(3, 3, 30), "q", "g", options: Labels);
        Assert.Equal(DisclosureLevel.MeansOnly, two.Level("stor"));
        Assert.Contains(two.Notes, n => n.Contains("«stor»: skjult også (sekundær skjuling)", StringComparison.Ordinal));

        // liten 3 + middels 12 (together 15, both hidden): nothing more is needed.
        var enough = FrequencyTables.By(Data(3, 12, 30), "q", "g", options: Labels);
        Assert.Equal(DisclosureLevel.Nothing, enough.Level("middels"));
        Assert.Equal(DisclosureLevel.Full, enough.Level("stor"));

        var off = new AnalysisContext { Disclosure = DisclosurePolicy.KoRus2017.WithoutComplementarySuppression() };
        var t = FrequencyTables.By(Data(3, 20, 30), "q", "g", options: Labels, context: off);
        Assert.Equal(DisclosureLevel.Full, t.Level("middels"));
        Assert.Contains(t.Notes, n => n.Contains("uten sekundær skjuling", StringComparison.Ordinal));
        Assert.True(DisclosurePolicy.KoRus2017.ComplementarySuppression);
    }

    [Fact]
    public void Key_figures_hide_the_other_gender_when_one_is_hidden()
    {
        // Kvinner 3, Menn 40: Totalt − Menn = Kvinner, so Menn is hidden as well; Totalt stays.
        var q = Enumerable.Range(0, 43).Select(i => (short)(4 + (i % 2))).ToArray();
        var kjonn = Enumerable.Range(0, 43).Select(i => (short)(i < 3 ? 1 : 2)).ToArray();
        var data = new SurveyDataset(null, [new CodeColumn("q", q), new CodeColumn("kjonn", kjonn)]);
        var k = FrequencyTables.KeyFigures(data, [KeyFigureRow.TopBox("q", "Fornøyd")], groupBy: "kjonn",
            groupLabels: new Dictionary<int, string> { [1] = "Kvinner", [2] = "Menn" });
        Assert.True(double.IsNaN(k.Percent("Fornøyd", "Kvinner")));
        Assert.True(double.IsNaN(k.Percent("Fornøyd", "Menn")));
        Assert.Equal(100.0, k.Percent("Fornøyd", GroupLabels.Total));
        Assert.Contains("«Menn»: skjult også (sekundær skjuling)", k.ToText(), StringComparison.Ordinal);
    }
}
