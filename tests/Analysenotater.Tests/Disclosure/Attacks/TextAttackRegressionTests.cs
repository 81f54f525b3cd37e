using Analysenotater.Text.Keyness;
using Analysenotater.Text.Screening;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>Attack 9 of issue 17: keyness applies the threshold to each compared group, not to the total.</summary>
public sealed class TextAttackRegressionTests
{
    private static ScreenedComments Comments(int small, int smallWithWord, int large, int largeWithWord)
    {
        var texts = new List<string?>();
        for (var i = 0; i < small; i++)
        {
            texts.Add(i < smallWithWord ? "kattemat hver dag er bra" : "venteliste lang tid");
        }

        for (var i = 0; i < large; i++)
        {
            texts.Add(i < largeWithWord ? "kattemat hjelper mye" : "venteliste lang tid");
        }

        return CommentScreener.Default.Screen("q", [.. texts]);
    }

    [Fact]
    public void Attack09_a_group_of_two_is_not_compared()
    {
        var all = Comments(2, 2, 20, 4);
        var five = Analysenotater.Disclosure.AnalysisContext.Default.WithDisclosure(Analysenotater.Disclosure.DisclosurePolicy.MinimumFive);
        var ex = Assert.Throws<ArgumentException>(() => KeynessAnalysis.Compare(all.Where(r => r < 2, five), "to", all.Where(r => r >= 2, five), "resten"));
        Assert.Contains("withheld by disclosure control", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attack09_a_word_used_by_two_in_one_group_is_hidden_even_when_the_total_passes()
    {
        var all = Comments(8, 2, 20, 4); // kattemat: 2 in A, 4 in B, 6 together
        var five = Analysenotater.Disclosure.AnalysisContext.Default.WithDisclosure(Analysenotater.Disclosure.DisclosurePolicy.MinimumFive);
        var k = KeynessAnalysis.Compare(all.Where(r => r < 8, five), "A", all.Where(r => r >= 8, five), "B");
        Assert.DoesNotContain(k.Entries, e => e.Word == "kattemat");
        Assert.DoesNotContain("kattemat", k.ToText(), StringComparison.Ordinal);
    }
}
