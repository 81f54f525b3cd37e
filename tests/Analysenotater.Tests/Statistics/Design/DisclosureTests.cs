using Analysenotater.Disclosure;
using Analysenotater.Reporting;
using Analysenotater.Statistics.Design;
using Analysenotater.Statistics.Representativeness;
using Analysenotater.Tests.Statistics.Representativeness;

namespace Analysenotater.Tests.Statistics.Design;

/// <summary>Small groups are hidden under the core's disclosure policies (KoRus 2017: &lt; 4 nothing, 4–10 means only).</summary>
public class DisclosureTests
{
    // 3 PSUs × 2 strata; domain 1 has 3 rows, domain 2 has 8, domain 3 has 13.
    private static (SurveyDesign Design, int[] Domain, double[] Y, double[] B) Small()
    {
        var n = 24;
        var clusters = Enumerable.Range(0, n).Select(i => i / 4).ToArray();
        var strata = clusters.Select(c => c % 2).ToArray();
        var domain = Enumerable.Range(0, n).Select(i => i < 3 ? 1 : i < 11 ? 2 : 3).ToArray();
        var y = Enumerable.Range(0, n).Select(i => 50.0 + (i * 7 % 11)).ToArray();
        var b = Enumerable.Range(0, n).Select(i => (double)(i % 3 == 0 ? 1 : 0)).ToArray();
        return (SurveyDesign.FromArrays(null, clusters, strata), domain, y, b);
    }

    [Fact]
    public void Means_hide_groups_below_four_and_show_the_rest()
    {
        var (d, dom, y, _) = Small();
        var t = d.MeanBy(y, dom, "Skår").WithDisclosure(DisclosurePolicy.KoRus2017).Summary();
        Assert.All(t.Rows[0].Skip(1), c => Assert.Equal(CellKind.Suppressed, c.Kind)); // n = 3: nothing, not even n
        Assert.Equal(CellKind.Suppressed, t.Rows[1][1].Kind); // n = 8: hidden as well, else domain 1 = total − the others (secondary)
        Assert.Equal(CellKind.Number, t.Rows[2][1].Kind); // n = 13: shown
        Assert.Contains(t.Notes, n => n.Contains("sekundær", StringComparison.Ordinal));
        Assert.Contains(t.Notes, n => n.Contains("KoRus2017", StringComparison.Ordinal) && n.Contains("«1»", StringComparison.Ordinal));
    }

    [Fact]
    public void Proportions_are_distributions_and_need_eleven()
    {
        var (d, dom, _, b) = Small();
        var t = d.ProportionBy(b, dom, "Andel").WithDisclosure(DisclosurePolicy.KoRus2017).Summary();
        Assert.Equal(CellKind.Suppressed, t.Rows[1][1].Kind); // n = 8 < 11
        Assert.Equal(CellKind.Number, t.Rows[2][1].Kind); // n = 13
    }

    [Fact]
    public void Policy_none_is_stated_in_the_notes()
    {
        var (d, dom, y, _) = Small();
        var t = d.MeanBy(y, dom).WithDisclosure(DisclosurePolicy.None).Summary();
        Assert.All(t.Rows, r => Assert.NotEqual(CellKind.Suppressed, r[1].Kind));
        Assert.Contains(t.Notes, n => n.Contains("INGEN skjuling", StringComparison.Ordinal));
    }

    [Fact]
    public void Representativeness_rows_follow_the_policy()
    {
        var margins = ReferenceMarginsCsv.Read(RepresentativenessTests.DataSample("tabell1.csv"));
        var policy = DisclosurePolicy.Custom("Test", 480, 480);
        var t = RepresentativenessTable.Compare(margins, policy).Summary();
        Assert.Equal(CellKind.Suppressed, t.FindRow("Fullført VGS")![1].Kind);
        Assert.Equal(CellKind.Suppressed, t.FindRow("Fullført VGS")![7].Kind); // n hidden too
        Assert.Equal(CellKind.Percent, t.FindRow("Bostedsløse")![1].Kind);
    }
}
