using Analysenotater.Data;
using Analysenotater.Text.Frequencies;
using Analysenotater.Text.Screening;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// Issue 17, across releases: comments (and the words, keyness and keyword-in-context lines built from them) of
/// overlapping subsets and groupings of one screening run must not give a withheld group's comments as the difference
/// (<see cref="LedgerSurvey"/>: the two «c» respondents wrote «kattemat hver dag»). Before the release ledger each
/// subset below was shown, and the rows of the first minus the rows of the second were «c»'s comments.
/// </summary>
public sealed class TextLedgerRegressionTests
{
    private static ScreenedComments Screen(SurveyDataset data) => CommentScreener.Default.Screen(data, "kommentar");

    private static string?[] Labels(Func<int, string> label) => [.. Enumerable.Range(0, LedgerSurvey.N).Select(label)];

    private static IEnumerable<int> Rows(ScreenedComments c) => c.Comments.Select(x => x.Row);

    [Fact]
    public void Two_overlapping_subsets_do_not_give_the_comments_of_their_difference()
    {
        var data = LedgerSurvey.Data();
        var all = Screen(data);
        var ac = all.Where(r => LedgerSurvey.G(r) != 2); // «a» and «c»: 14, rest 12
        var a = all.Where(r => LedgerSurvey.G(r) == 1);  // «a»: 12, rest 14
        Assert.False(ac.IsWithheld); // each alone passes the subset rule
        Assert.True(a.IsWithheld); // else its rows taken from «a» and «c»'s are «c»'s comments
        Assert.Empty(Rows(a));
        Assert.Empty(WordFrequencyAnalysis.Count(a).Entries);
        Assert.True(LedgerSurvey.SaysEarlierReleases(a.WithheldNote));
    }

    [Fact]
    public void A_grouping_and_a_subset_do_not_give_a_withheld_groups_comments()
    {
        var data = LedgerSurvey.Data();
        var all = Screen(data);
        var byG = all.ByGroup(Labels(r => LedgerSurvey.G(r) switch { 1 => "a", 2 => "b", _ => "c" }));
        var shown = byG.Single(g => !g.Comments.IsWithheld);
        Assert.True(byG.Single(g => g.Group == "c").Comments.IsWithheld);

        // The shown group plus «c» as a subset: its rows minus the shown group's would be «c»'s comments.
        var shownCode = shown.Group == "a" ? 1 : 2;
        var plusC = all.Where(r => LedgerSurvey.G(r) == shownCode || LedgerSurvey.G(r) == 3);
        Assert.True(plusC.IsWithheld);
        Assert.Empty(plusC.Comments);
    }

    [Fact]
    public void Two_groupings_do_not_give_a_withheld_groups_comments()
    {
        var data = LedgerSurvey.Data();
        var all = Screen(data);
        var byG = all.ByGroup(Labels(r => LedgerSurvey.G(r) switch { 1 => "a", 2 => "b", _ => "c" }));
        var shown = byG.Single(g => !g.Comments.IsWithheld).Group;

        // «c» merged into the shown group: 14 and 12, both large enough on their own.
        var merged = all.ByGroup(Labels(r => LedgerSurvey.G(r) switch { 1 => "a", 2 => "b", _ => shown }));
        var withC = merged.Single(g => g.Group == shown).Comments;
        Assert.True(withC.IsWithheld);
        Assert.DoesNotContain(withC.Comments, c => c.Text.Contains("kattemat", StringComparison.Ordinal));
        var words = WordFrequencyAnalysis.CountByGroup(all, Labels(r => LedgerSurvey.G(r) switch { 1 => "a", 2 => "b", _ => shown }));
        Assert.True(words[shown]!.IsSuppressed);
    }
}
