using System.Text;
using Analysenotater.Text.Screening;

namespace Analysenotater.Tests.Text.Screening;

public sealed class NorwegianWordListTests
{
    [Fact]
    public void Reads_latin1_lists_and_tells_common_words_from_proper_nouns()
    {
        var dir = Path.Combine(Path.GetTempPath(), "an-wordlist-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var a = Path.Combine(dir, "a");
            File.WriteAllText(a, "kveldstid\nsjøbua\nElvestad\nStein\nstein\n", Encoding.Latin1);
            var list = NorwegianWordList.Load([a, Path.Combine(dir, "missing")])!;
            Assert.Equal([a], list.Sources);
            Assert.True(list.IsCommon("sjøbua"));
            Assert.True(list.IsCommon("stein"));
            Assert.False(list.IsProperOnly("stein"));
            Assert.True(list.IsProperOnly("elvestad"));
            Assert.False(list.IsCommon("elvestad"));
            Assert.Null(NorwegianWordList.Load([Path.Combine(dir, "missing")]));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Without_a_word_list_capitalised_common_nouns_are_withheld_as_possible_names()
    {
        var without = new CommentScreener(ScreeningLexicon.Default.WithWordList(null));
        Assert.Contains(without.FindFlags("Vi trenger mer hjelp på Kveldstid."), f => f.Kind == IdentifierKind.UnknownProperNoun);
        Assert.Empty(CommentScreener.Default.FindFlags("Vi trenger mer hjelp på Kveldstid."));
    }
}
