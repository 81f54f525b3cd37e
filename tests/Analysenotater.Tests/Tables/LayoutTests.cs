using Analysenotater.Disclosure;
using Analysenotater.Reporting;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Tables;

public sealed class LayoutTests
{
    private static readonly AnalysisContext Raw = AnalysisContext.Default.WithDisclosure(DisclosurePolicy.None);

    [Fact]
    public void Vedlegg3_layout_n_per_group_then_percent_per_category_per_group()
    {
        var t = FrequencyTables.Vedlegg3(TableFixture.Data, ["q14_1"], context: Raw, title: "Tabell 3");
        var table = t.Summary();

        // Header order as in the report: n L, n M, n S, then each category block ordered L, M, S.
        Assert.Equal(
        [
            "Spørsmål", "Antall svar L", "Antall svar M", "Antall svar S", "Gjennomsnitt L", "Gjennomsnitt M", "Gjennomsnitt S",
            "Ikke i det hele tatt/i liten grad L %", "Ikke i det hele tatt/i liten grad M %", "Ikke i det hele tatt/i liten grad S %",
            "I noen grad L %", "I noen grad M %", "I noen grad S %",
            "I stor/svært stor grad L %", "I stor/svært stor grad M %", "I stor/svært stor grad S %",
        ], table.Columns);

        // From the fixture: n 3 / 2 / 4; means (5+4+3)/3 = 4,0, (1+2)/2 = 1,5, (4+5+5+3)/4 = 4,25 → 4,3; 1–2: 0 / 100 / 0; 3: 33 / 0 / 25; 4–5: 67 / 0 / 75.
        Assert.Equal(["…å skaffe bolig", "3", "2", "4", "4,0", "1,5", "4,3", "0\u00A0%", "100\u00A0%", "0\u00A0%", "33\u00A0%", "0\u00A0%", "25\u00A0%", "67\u00A0%", "0\u00A0%", "75\u00A0%"],
            table.Rows[0].Select(c => c.Display()));
        Assert.Equal(75, t.Percent("q14_1", "S", "I stor/svært stor grad"), 9);
        Assert.Equal(2, t.ValidN("q14_1", "M"));
    }

    [Fact]
    public void Nokkeltall_layout_totalt_menn_kvinner_with_both_denominators_and_tick_boxes()
    {
        KeyFigureRow[] rows = [KeyFigureRow.TopBox("q14_1", "Bolig"), KeyFigureRow.Yes("q12_1", "Fastlege")];
        var valid = FrequencyTables.KeyFigures(TableFixture.Data, rows, context: Raw);
        var withNa = FrequencyTables.KeyFigures(TableFixture.Data, rows, denominator: Denominator.ValidAndNotApplicable, context: Raw);

        Assert.Equal(["Totalt", "Menn", "Kvinner"], valid.Groups);

        // q14_1 top box. Totalt 5/9; Menn (rows 1,2,5,7,9,10: 5,4,1,(6),4,5) 4/5; Kvinner (rows 3,4,6,8,11: 3,(6),2,(.),5) 1/3.
        Assert.Equal(100.0 * 5 / 9, valid.Percent("Bolig", "Totalt"), 9);
        Assert.Equal(80, valid.Percent("Bolig", "Menn"), 9);
        Assert.Equal(100.0 / 3, valid.Percent("Bolig", "Kvinner"), 9);

        // With «ikke aktuelt» in the denominator: 5/11, 4/6, 1/4.
        Assert.Equal(100.0 * 5 / 11, withNa.Percent("Bolig", "Totalt"), 9);
        Assert.Equal(100.0 * 4 / 6, withNa.Percent("Bolig", "Menn"), 9);
        Assert.Equal(25, withNa.Percent("Bolig", "Kvinner"), 9);
        Assert.Equal(6, withNa.N("Bolig", "Menn"));

        // Tick box «Ja» of all respondents: Totalt rows 1,3,5,9,10,12 → 6/12; Menn 1,5,9,10 → 4/6; Kvinner row 3 → 1/5.
        Assert.Equal(50, valid.Percent("Fastlege", "Totalt"), 9);
        Assert.Equal(100.0 * 4 / 6, valid.Percent("Fastlege", "Menn"), 9);
        Assert.Equal(20, valid.Percent("Fastlege", "Kvinner"), 9);
        Assert.Equal(12, valid.N("Fastlege", "Totalt"));

        var text = valid.Summary();
        Assert.Equal(["Bolig", "56\u00A0%", "80\u00A0%", "33\u00A0%"], text.Rows[0].Select(c => c.Display()));
        Assert.Contains("INGEN skjuling", valid.ToText());
    }

    [Fact]
    public void Default_context_suppresses_small_groups_in_both_layouts()
    {
        // Default KoRus tiers: every group here has fewer than 11 answers → no percentages; Mellomstor (n 2) → nothing at all.
        var v3 = FrequencyTables.Vedlegg3(TableFixture.Data, ["q14_1"]).Summary();
        Assert.Equal(CellKind.Suppressed, v3.Rows[0][1].Kind); // n L = 3 < 4 → hidden
        Assert.Equal(CellKind.Suppressed, v3.Rows[0][2].Kind); // n M = 2
        Assert.Equal("4", v3.Rows[0][3].Display()); // n S = 4: n and mean shown (Vedlegg 3, 4–10 answers), percentages not
        Assert.Equal(CellKind.Suppressed, v3.Rows[0][4].Kind); // mean L
        Assert.Equal(CellKind.Suppressed, v3.Rows[0][5].Kind); // mean M
        Assert.Equal("4,3", v3.Rows[0][6].Display()); // mean S = 17/4
        Assert.All(v3.Rows[0].Skip(7), c => Assert.Equal(CellKind.Suppressed, c.Kind));
        Assert.Contains(v3.Notes, n => n.Contains("«M»: skjult fordi gruppen har færre enn 4 svar", StringComparison.Ordinal));

        var kf = FrequencyTables.KeyFigures(TableFixture.Data, [KeyFigureRow.TopBox("q14_1", "Bolig")]);
        Assert.True(double.IsNaN(kf.Percent("Bolig", "Totalt")));
        Assert.Equal(9, kf.N("Bolig", "Totalt")); // 4–10: n and means only
        Assert.Null(kf.N("Bolig", "Kvinner")); // n 3 → nothing
        Assert.Contains("*", kf.ToText());
    }

    [Fact]
    public void One_key_figure_row_per_option()
    {
        var rows = KeyFigureRow.ForEachOption(TestInstruments.Small, "q14_1");
        Assert.Equal(["Ikke i det hele tatt", "I liten grad", "I noen grad", "I stor grad", "I svært stor grad"], rows.Select(r => r.Label));
        var t = FrequencyTables.KeyFigures(TableFixture.Data, rows, context: Raw);

        // Menn valid answers 5, 4, 1, 4, 5 → «I stor grad» 2/5 = 40 %; Kvinner 3, 2, 5 → «I noen grad» 1/3.
        Assert.Equal(40, t.Percent("I stor grad", "Menn"), 9);
        Assert.Equal(100.0 / 3, t.Percent("I noen grad", "Kvinner"), 9);
    }
}
