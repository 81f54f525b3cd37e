using Analysenotater.Disclosure;
using Analysenotater.Text.Frequencies;
using Analysenotater.Text.Keyness;
using Analysenotater.Text.Screening;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// Issue 17, open point 2: in every grouping a group's comments, words, phrases and keyword-in-context lines follow
/// its disclosure tier (text only for a group released in full), decided with secondary suppression, and a subset's
/// rest is protected too. Group A (6 respondents: «n and means» under KoRus 2017) all wrote about «kattemat».
/// </summary>
public sealed class TextTierRegressionTests
{
    private static (ScreenedComments All, string?[] Group) Survey(int a = 6, int b = 30, int c = 25)
    {
        var texts = new List<string?>();
        var group = new List<string?>();
        for (var i = 0; i < a; i++)
        {
            texts.Add("kattemat hver dag er bra");
            group.Add("A");
        }

        for (var i = 0; i < b; i++)
        {
            texts.Add(i % 2 == 0 ? "venteliste lang tid" : "hjelpen kommer raskt");
            group.Add("B");
        }

        for (var i = 0; i < c; i++)
        {
            texts.Add(i % 2 == 0 ? "venteliste lang tid" : "trygg oppfølging hver uke");
            group.Add("C");
        }

        return (CommentScreener.Default.Screen("q", [.. texts]), [.. group]);
    }

    private static readonly WordFrequencySettings Five = WordFrequencySettings.Default.WithDisclosureThreshold(5);

    [Fact]
    public void Words_of_a_means_only_group_are_not_listed_by_group()
    {
        var (all, group) = Survey();
        var byGroup = WordFrequencyAnalysis.CountByGroup(all, group, Five);
        Assert.True(byGroup["A"]!.IsSuppressed);
        Assert.Empty(byGroup["A"]!.Entries);
        Assert.Equal(0, byGroup["A"]!.Comments);
        Assert.DoesNotContain("kattemat", byGroup.ToText(), StringComparison.Ordinal);
        Assert.False(byGroup["B"]!.IsSuppressed); // the larger group is shown …
        Assert.True(byGroup["C"]!.IsSuppressed);  // … C hidden too: else A's words = everyone's − B − C

        // Chosen by name for microdata work, the words are listed: the test can fail.
        var none = WordFrequencyAnalysis.CountByGroup(all, group, Five, AnalysisContext.Default.WithDisclosure(DisclosurePolicy.None));
        Assert.NotNull(none["A"]!.Find("kattemat"));
    }

    [Fact]
    public void Comments_and_context_lines_of_a_small_subset_or_of_a_small_rest_are_withheld()
    {
        var (all, group) = Survey();
        var a = all.Where(r => group[r] == "A");
        Assert.True(a.IsWithheld);
        Assert.Empty(a.Comments);
        Assert.Empty(KeywordInContext.Find(a, "kattemat", Five).Lines);
        Assert.Null(KeywordInContext.Find(a, "kattemat", Five).Respondents);
        Assert.Empty(WordFrequencyAnalysis.Count(a, Five).Entries);

        // Everyone but A: its rest is A, so showing it would give A's comments as everyone's minus these.
        var notA = all.Where(r => group[r] != "A");
        Assert.True(notA.IsWithheld);
        Assert.Empty(notA.Comments);

        // A large subset with a large rest is shown.
        var b = all.Where(r => group[r] == "B");
        Assert.False(b.IsWithheld);
        Assert.Equal(30, b.Comments.Count);
        Assert.Throws<ArgumentException>(() => KeynessAnalysis.Compare(a, "A", b, "B", Five));
    }

    [Fact]
    public void By_group_comments_follow_each_groups_tier_under_minimum_five()
    {
        var (all, group) = Survey(a: 4, b: 30, c: 25);
        var ctx = AnalysisContext.Default.WithDisclosure(DisclosurePolicy.MinimumFive);
        var groups = all.ByGroup(group, ctx).ToDictionary(g => g.Group, g => g.Comments);
        Assert.True(groups["A"].IsWithheld);
        Assert.Empty(groups["A"].Comments);
        Assert.Contains("færre enn 5", groups["A"].WithheldNote!, StringComparison.Ordinal);
        Assert.True(groups["C"].IsWithheld); // secondary
        Assert.Equal(30, groups["B"].Comments.Count);

        // With 5 in A every group is shown.
        var (all5, group5) = Survey(a: 5, b: 30, c: 25);
        Assert.All(all5.ByGroup(group5, ctx), g => Assert.False(g.Comments.IsWithheld));
    }
}
