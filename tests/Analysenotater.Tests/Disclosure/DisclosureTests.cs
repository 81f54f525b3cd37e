using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Instruments;
using Analysenotater.Reporting;
using Analysenotater.Scoring;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure;

/// <summary>
/// Disclosure at 3 / 4 / 10 / 11 respondents. Expected levels come from the rules as printed:
/// KoRus 2017 Vedlegg 3 — fewer than 4 → nothing; 4–10 → means only; 11 or more → means and distributions;
/// «færre enn 5 → ingen rapport» — fewer than 5 → nothing; otherwise everything.
/// </summary>
public sealed class DisclosureTests
{
    public static TheoryData<string, int, DisclosureLevel> Cases => new()
    {
        { "KoRus2017", 3, DisclosureLevel.Nothing },
        { "KoRus2017", 4, DisclosureLevel.MeansOnly },
        { "KoRus2017", 10, DisclosureLevel.MeansOnly },
        { "KoRus2017", 11, DisclosureLevel.Full },
        { "MinimumFive", 3, DisclosureLevel.Nothing },
        { "MinimumFive", 4, DisclosureLevel.Nothing },
        { "MinimumFive", 10, DisclosureLevel.Full },
        { "MinimumFive", 11, DisclosureLevel.Full },
    };

    private static DisclosurePolicy Policy(string name) => name == "KoRus2017" ? DisclosurePolicy.KoRus2017 : DisclosurePolicy.MinimumFive;

    /// <summary>n respondents: codes 4 and 5 alternating on a two-item 1–5 indicator (scores 80, 100, 80 …).</summary>
    private static SurveyDataset Respondents(int n)
    {
        var scale = TestInstruments.S5;
        var items = new[] { new Item("a", "1", "A", ItemType.SingleChoice, "S5"), new Item("b", "2", "B", ItemType.SingleChoice, "S5") };
        var ins = new Instrument("d", "1", "d", "d", [scale], items, null, [new IndicatorDefinition("ind", "Indikator", ["a", "b"], "korus-sum-max-prorated")]);
        var codes = Enumerable.Range(0, n).Select(i => (int?)(i % 2 == 0 ? 4 : 5)).ToList();
        return new SurveyDataset(ins, [CodeColumn.FromNullable("a", codes), CodeColumn.FromNullable("b", codes), CodeColumn.FromNullable("kommunestorrelse", codes.Select(_ => (int?)1))]);
    }

    [Fact]
    public void Default_context_is_koRus_and_on()
    {
        Assert.Same(DisclosurePolicy.KoRus2017, AnalysisContext.Default.Disclosure);
        Assert.Same(DisclosurePolicy.KoRus2017, new AnalysisContext().Disclosure);
        Assert.False(AnalysisContext.Default.Disclosure.IsDisabled);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Policy_levels(string policy, int n, DisclosureLevel expected) => Assert.Equal(expected, Policy(policy).LevelFor(n));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Frequency_table_cells_obey_the_policy(string policy, int n, DisclosureLevel expected)
    {
        var ctx = AnalysisContext.Default.WithDisclosure(Policy(policy));
        var t = FrequencyTables.By(Respondents(n), "a", "kommunestorrelse", options: new FrequencyOptions { Recode = Recode.KoRusThreeWay }, context: ctx);
        var table = t.Summary();
        var top = table.FindRow("I stor/svært stor grad")!;
        var nRow = table.FindRow("Antall gyldige svar (n)")!;

        switch (expected)
        {
            case DisclosureLevel.Nothing:
                Assert.Null(t.ValidN("Liten"));
                Assert.True(double.IsNaN(t.TopBoxPercent("Liten")));
                Assert.Equal(CellKind.Suppressed, nRow[2].Kind);
                Assert.Equal(CellKind.Suppressed, top[2].Kind);
                Assert.Contains(t.Notes, x => x.StartsWith("* «Liten»: skjult fordi gruppen har færre enn", StringComparison.Ordinal));
                break;
            case DisclosureLevel.MeansOnly:
                Assert.Equal(n, t.ValidN("Liten"));
                Assert.True(double.IsNaN(t.TopBoxPercent("Liten")));
                Assert.Equal(CellKind.Count, nRow[2].Kind);
                Assert.Equal(CellKind.Suppressed, top[2].Kind);
                Assert.Contains(t.Notes, x => x.StartsWith("* «Liten»: bare antall og gjennomsnitt vises", StringComparison.Ordinal));
                break;
            default:
                Assert.Equal(n, t.ValidN("Liten"));
                Assert.Equal(100, t.TopBoxPercent("Liten"), 9); // every answer is 4 or 5
                Assert.Equal(CellKind.Percent, top[2].Kind);
                Assert.DoesNotContain(t.Notes, x => x.Contains("«Liten»", StringComparison.Ordinal));
                break;
        }

        Assert.DoesNotContain("INGEN skjuling", t.ToText());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Indicator_summary_obeys_the_policy(string policy, int n, DisclosureLevel expected)
    {
        var ctx = AnalysisContext.Default.WithDisclosure(Policy(policy));
        var r = IndicatorScorer.Score(Respondents(n), "ind", context: ctx);

        // Scores alternate 80 (4+4) and 100 (5+5): mean (⌈n/2⌉·80 + ⌊n/2⌋·100)/n, min 80, max 100.
        var mean = (((n + 1) / 2 * 80.0) + (n / 2 * 100.0)) / n;
        Assert.Equal(n, r.NScored); // the microdata are never hidden
        Assert.Equal(expected, r.Level);
        Assert.Equal(expected == DisclosureLevel.Nothing ? double.NaN : mean, r.Mean, 9);
        Assert.Equal(expected == DisclosureLevel.Full ? 80 : double.NaN, r.Min, 9);
        Assert.Equal(expected == DisclosureLevel.Full ? 100 : double.NaN, r.Max, 9);
        var row = r.Summary().Rows[0];
        Assert.Equal(expected == DisclosureLevel.Nothing ? CellKind.Suppressed : CellKind.Number, row[2].Kind);
        Assert.Equal(expected == DisclosureLevel.Full ? CellKind.Number : CellKind.Suppressed, row[3].Kind);
    }

    [Fact]
    public void Policy_none_must_be_named_and_is_printed()
    {
        var ctx = AnalysisContext.Default.WithDisclosure(DisclosurePolicy.None);
        var t = FrequencyTables.Of(Respondents(3), "a", context: ctx);
        Assert.Equal(3, t.ValidN("Totalt"));
        Assert.Contains("Personvern: INGEN skjuling av små grupper (DisclosurePolicy.None er valgt eksplisitt", t.ToText());
        Assert.Contains("INGEN skjuling", IndicatorScorer.Score(Respondents(3), "ind", context: ctx).ToMarkdown());
    }

    [Fact]
    public void Suppressed_cells_never_carry_the_value_into_machine_formats()
    {
        var table = FrequencyTables.Of(Respondents(3), "a").Summary();
        Assert.DoesNotContain("100", table.ToCsv());
        Assert.Contains("\"suppressed\": true", table.ToJson());
        Assert.Contains("an-suppressed", table.ToHtml());
    }
}
