using Analysenotater.Data;
using Analysenotater.Scoring;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// Issue 17, across releases: indicator scores by group and score tables released one after another from the same data
/// must not give a hidden group's mean score by differencing (<see cref="LedgerSurvey"/>: «c» has two respondents, all
/// 26 are scored). Before the release ledger each attack gave «c»'s mean score.
/// </summary>
public sealed class ScoreLedgerRegressionTests
{
    private const int A = LedgerSurvey.A, B = LedgerSurvey.B, C = LedgerSurvey.C;

    /// <summary>«c»'s mean score: each answered (q, 5) on two 1–5 items, korus-sum-max-prorated = sum ÷ max × 100.</summary>
    private static double Secret => LedgerSurvey.SecretQ.Average(q => (q + 5) / 10.0 * 100);

    [Fact]
    public void Scores_by_group_and_by_group_on_everyone_but_the_small_group_do_not_give_its_mean()
    {
        var data = LedgerSurvey.Data();
        var all = IndicatorScorer.ScoreBy(data, "ind", "g");
        Assert.True(all["3"].IsWithheld);
        var rest = IndicatorScorer.ScoreBy(data.Where(r => LedgerSurvey.G(r) != 3), "ind", "g");
        var total = all[GroupLabels.Total].Mean;
        Assert.False(double.IsNaN(total));
        var derived = ((A + B + C) * total - (A + B) * rest[GroupLabels.Total].Mean) / C;
        Assert.False(double.IsFinite(derived));

        // Nor Totalt − «a» − «b», with «a» and «b» from either table.
        var a = Shown(all["1"].Mean, rest["1"].Mean);
        var b = Shown(all["2"].Mean, rest["2"].Mean);
        Assert.False(double.IsFinite(((A + B + C) * total - A * a - B * b) / C));
        Assert.Contains(rest.Notes.Concat(rest.Rows.SelectMany(r => r.Scores.Notes)), LedgerSurvey.SaysEarlierReleases);
    }

    [Fact]
    public void Indicator_summaries_of_everyone_and_of_everyone_but_the_small_group_do_not_give_its_mean()
    {
        var data = LedgerSurvey.Data();
        var all = IndicatorScorer.Summary(data);
        var rest = IndicatorScorer.Summary(data.Where(r => LedgerSurvey.G(r) != 3));
        Assert.Equal(A + B + C, all["Samlet"].NScored);
        var derived = ((A + B + C) * all["Samlet"].Mean - (A + B) * rest["Samlet"].Mean) / C;
        Assert.False(double.IsFinite(derived));

        // The attack worked before: the raw means give the secret.
        var open = LedgerSurvey.Data();
        var ctx = Analysenotater.Disclosure.AnalysisContext.Default.WithDisclosure(Analysenotater.Disclosure.DisclosurePolicy.None);
        var o1 = IndicatorScorer.Summary(open, context: ctx)["Samlet"].Mean;
        var o2 = IndicatorScorer.Summary(open.Where(r => LedgerSurvey.G(r) != 3), context: ctx)["Samlet"].Mean;
        Assert.Equal(Secret, ((A + B + C) * o1 - (A + B) * o2) / C, 9);
    }

    [Fact]
    public void Scores_by_a_grouping_that_merges_the_small_group_into_a_shown_one_do_not_give_it()
    {
        var data = LedgerSurvey.Data();
        var byG = IndicatorScorer.ScoreBy(data, "ind", "g");
        var shown = !double.IsNaN(byG["1"].Mean) ? 1 : 2;
        var g = (CodeColumn)data["g"];
        var merged = data.WithColumn(CodeColumn.FromNullable("g3", g.Codes.ToArray().Select(c => (int?)(c == 3 ? shown : c))));
        var byG3 = IndicatorScorer.ScoreBy(merged, "ind", "g3");
        var key = shown.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var derived = ((A + C) * byG3[key].Mean - A * byG[key].Mean) / C;
        Assert.False(double.IsFinite(derived));
    }

    private static double Shown(double x, double y) => double.IsNaN(x) ? y : x;
}
