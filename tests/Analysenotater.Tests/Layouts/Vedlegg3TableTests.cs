using Analysenotater.Disclosure;
using Analysenotater.KoRus2017.Layouts;
using Analysenotater.Reporting;
using Analysenotater.Tests.Tables;

namespace Analysenotater.Tests.Layouts;

public sealed class Vedlegg3TableTests
{
    private static readonly AnalysisContext Raw = AnalysisContext.Default.WithDisclosure(DisclosurePolicy.None);

    [Fact]
    public void Vedlegg3_layout_n_per_group_then_percent_per_category_per_group()
    {
        var t = Vedlegg3Table.Of(TableFixture.Data, ["q14_1"], context: Raw, title: "Tabell 3");
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
    public void Default_context_suppresses_small_groups()
    {
        // Default KoRus tiers: every group here has fewer than 11 answers → no percentages; Mellomstor (n 2) → nothing at all.
        var v3 = Vedlegg3Table.Of(TableFixture.Data, ["q14_1"]).Summary();
        Assert.Equal(CellKind.Suppressed, v3.Rows[0][1].Kind); // n L = 3 < 4 → hidden
        Assert.Equal(CellKind.Suppressed, v3.Rows[0][2].Kind); // n M = 2
        Assert.Equal("4", v3.Rows[0][3].Display()); // n S = 4: n and mean shown (Vedlegg 3, 4–10 answers), percentages not
        Assert.Equal(CellKind.Suppressed, v3.Rows[0][4].Kind); // mean L
        Assert.Equal(CellKind.Suppressed, v3.Rows[0][5].Kind); // mean M
        Assert.Equal("4,3", v3.Rows[0][6].Display()); // mean S = 17/4
        Assert.All(v3.Rows[0].Skip(7), c => Assert.Equal(CellKind.Suppressed, c.Kind));
        Assert.Contains(v3.Notes, n => n.Contains("«M»: skjult fordi gruppen har færre enn 4 svar", StringComparison.Ordinal));
    }
}
