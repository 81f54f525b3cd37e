using Analysenotater.Data;
using Analysenotater.Statistics.Design;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// Issue 17, across releases: design-based estimates of overlapping domains released one after another from the same
/// data must not give a hidden domain's mean by differencing (<see cref="LedgerSurvey"/>: «c» has two respondents).
/// Before the release ledger every estimate below was shown and the attack gave the secret mean.
/// </summary>
public sealed class DesignLedgerRegressionTests
{
    private const int A = LedgerSurvey.A, B = LedgerSurvey.B, C = LedgerSurvey.C;

    private static SurveyDesign Design(SurveyDataset data) =>
        SurveyDesign.FromDataset(data, new SurveyDesignOptions { UseClusters = false, UseStrata = false, UseWeights = false });

    [Fact]
    public void The_mean_of_everyone_and_of_a_subset_without_the_small_domain_do_not_give_its_mean()
    {
        var data = LedgerSurvey.Data();
        var design = Design(data);
        var total = design.Mean("q");
        var rest = design.Subset(r => LedgerSurvey.G(r) != 3, "uten c").Mean("q");
        Assert.Equal(LedgerSurvey.TrueMean(1, 2, 3), total.Estimate, 9); // the first release is shown
        var derived = ((A + B + C) * total.Estimate - (A + B) * rest.Estimate) / C;
        Assert.False(double.IsFinite(derived));
        Assert.Equal(Analysenotater.Disclosure.CellState.Secondary, rest.State);
        Assert.Contains(rest.Notes, LedgerSurvey.SaysEarlierReleases);
    }

    [Fact]
    public void A_domain_hidden_as_secondary_cell_is_not_released_later_as_a_subset()
    {
        var data = LedgerSurvey.Data();
        var design = Design(data);
        var by = design.MeanBy("q", "g");
        Assert.True(double.IsNaN(by["3"].Estimate));
        var shown = by["1"].Shown ? "1" : "2";
        var hidden = shown == "1" ? 2 : 1;
        Assert.False(by[hidden.ToString(System.Globalization.CultureInfo.InvariantCulture)].Shown); // secondary
        var total = design.Mean("q");
        var later = design.Subset(r => LedgerSurvey.G(r) == hidden).Mean("q");
        var derived = ((A + B + C) * total.Estimate - A * by[shown].Estimate - B * later.Estimate) / C;
        Assert.False(double.IsFinite(derived));
    }

    [Fact]
    public void Domain_tables_by_two_groupings_do_not_give_the_small_domain()
    {
        // By g: «c» hidden (and one other); by g3 = g with «c» merged into the domain shown by g: that domain plus «c»
        // minus the domain alone would be «c».
        var data = LedgerSurvey.Data();
        var design = Design(data);
        var by = design.MeanBy("q", "g");
        var shown = by["1"].Shown ? 1 : 2;
        var g = (CodeColumn)data["g"];
        var merged = data.WithColumn(CodeColumn.FromNullable("g3", g.Codes.ToArray().Select(c => (int?)(c == 3 ? shown : c))));
        var by3 = Design(merged).MeanBy("q", "g3");
        var key = shown.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var derived = ((A + C) * by3[key].Estimate - A * by[key].Estimate) / C;
        Assert.False(double.IsFinite(derived));
    }
}
