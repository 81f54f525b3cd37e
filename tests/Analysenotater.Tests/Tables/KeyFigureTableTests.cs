using Analysenotater.Disclosure;
using Analysenotater.Reporting;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Tables;

public sealed class KeyFigureTableTests
{
    private static readonly AnalysisContext Raw = AnalysisContext.Default.WithDisclosure(DisclosurePolicy.None);

    [Fact]
    public void Key_figures_totalt_menn_kvinner_with_both_denominators_and_tick_boxes()
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

        // The n of each group is a column beside its percentage.
        var text = valid.Summary();
        Assert.Equal(["", "% Totalt", "n Totalt", "% Menn", "n Menn", "% Kvinner", "n Kvinner"], text.Columns);
        Assert.Equal(["Bolig", "56\u00A0%", "9", "80\u00A0%", "5", "33\u00A0%", "3"], text.Rows[0].Select(c => c.Display()));
        Assert.DoesNotContain(text.Notes, n => n.Contains("per rad", StringComparison.Ordinal));
        Assert.Contains("INGEN skjuling", valid.ToText());
    }

    [Fact]
    public void Default_context_suppresses_small_groups_in_key_figures()
    {
        // Default KoRus tiers: every group here has fewer than 11 answers → no percentages.
        var kf = FrequencyTables.KeyFigures(TableFixture.Data, [KeyFigureRow.TopBox("q14_1", "Bolig")]);
        Assert.True(double.IsNaN(kf.Percent("Bolig", "Totalt")));
        Assert.Equal(9, kf.N("Bolig", "Totalt")); // 4–10: n and means only
        Assert.Null(kf.N("Bolig", "Kvinner")); // n 3 → nothing
        Assert.Contains("*", kf.ToText());
        var cells = kf.Summary().Rows[0];
        Assert.Equal(CellKind.Suppressed, cells[1].Kind); // % Totalt
        Assert.Equal("9", cells[2].Display()); // n Totalt
        Assert.Equal(CellKind.Suppressed, cells[6].Kind); // n Kvinner
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
