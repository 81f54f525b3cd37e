using Analysenotater.Text.Tokenization;

namespace Analysenotater.Tests.Text;

public sealed class NorwegianTokenizerTests
{
    private static string[] Texts(string s) => [.. NorwegianTokenizer.Tokenize(s).Select(t => t.Text)];

    private static TokenKind[] Kinds(string s) => [.. NorwegianTokenizer.Tokenize(s).Select(t => t.Kind)];

    [Fact]
    public void Words_with_æøå_are_whole_and_lower_cased_with_Norwegian_culture()
    {
        var t = NorwegianTokenizer.Tokenize("ÆRLIG talt, Økonomien på Åsane er SÅ dårlig.");
        Assert.Equal(["ÆRLIG", "talt", ",", "Økonomien", "på", "Åsane", "er", "SÅ", "dårlig", "."], t.Select(x => x.Text));
        Assert.Equal(["ærlig", "talt", ",", "økonomien", "på", "åsane", "er", "så", "dårlig", "."], t.Select(x => x.Lower));
    }

    [Fact]
    public void Nynorsk_and_bokmål_words_tokenize_alike()
    {
        Assert.Equal(["Eg", "får", "ikkje", "hjelp", "heime", "."], Texts("Eg får ikkje hjelp heime."));
    }

    [Fact]
    public void Hyphenated_words_and_apostrophes_stay_one_token()
    {
        Assert.Equal(["e-post", "til", "NAV-kontoret", "i", "Sør-Fron", "og", "Kari's", "mor"], Texts("e-post til NAV-kontoret i Sør-Fron og Kari's mor"));
        Assert.Equal(["LAR-teamet", "er", "24", "/", "7", "?"], Texts("LAR-teamet er 24 / 7 ?"));
    }

    [Fact]
    public void A_dash_between_spaces_is_punctuation_not_part_of_a_word()
    {
        Assert.Equal(["bra", "-", "men", "tregt"], Texts("bra - men tregt"));
        Assert.Equal([TokenKind.Word, TokenKind.Punctuation, TokenKind.Word, TokenKind.Word], Kinds("bra - men tregt"));
    }

    [Fact]
    public void Numbers_keep_inner_separators()
    {
        var t = NorwegianTokenizer.Tokenize("1,5 timer 12.03.2017 kl 07:30 og 34 år");
        Assert.Equal(["1,5", "timer", "12.03.2017", "kl", "07:30", "og", "34", "år"], t.Select(x => x.Text));
        Assert.Equal(TokenKind.Number, t[0].Kind);
        Assert.Equal(TokenKind.Number, t[2].Kind);
        Assert.Equal(TokenKind.Number, t[4].Kind);
    }

    [Fact]
    public void Urls_and_emails_are_single_tokens_without_trailing_punctuation()
    {
        var t = NorwegianTokenizer.Tokenize("Se https://www.example.no/side?a=1, eller skriv til ola.nordmann@gmail.com.");
        Assert.Contains(t, x => x.Kind == TokenKind.Url && x.Text == "https://www.example.no/side?a=1");
        Assert.Contains(t, x => x.Kind == TokenKind.Email && x.Text == "ola.nordmann@gmail.com");
        Assert.Equal(".", t[^1].Text);
    }

    [Fact]
    public void Emoji_with_modifiers_and_text_smileys_are_emoji_tokens()
    {
        var t = NorwegianTokenizer.Tokenize("Takk 👍🏽 :) ❤️ 👨‍👩‍👧 bra");
        Assert.Equal(["Takk", "👍🏽", ":)", "❤️", "👨‍👩‍👧", "bra"], t.Select(x => x.Text));
        Assert.Equal([TokenKind.Word, TokenKind.Emoji, TokenKind.Emoji, TokenKind.Emoji, TokenKind.Emoji, TokenKind.Word], t.Select(x => x.Kind));
    }

    [Fact]
    public void Positions_point_into_the_original_text()
    {
        const string s = "  Hei, «Kari»!";
        foreach (var t in NorwegianTokenizer.Tokenize(s))
        {
            Assert.Equal(t.Text, s.Substring(t.Start, t.Length));
        }
    }

    [Fact]
    public void Null_and_empty_give_no_tokens()
    {
        Assert.Empty(NorwegianTokenizer.Tokenize(null));
        Assert.Empty(NorwegianTokenizer.Tokenize(""));
        Assert.Empty(NorwegianTokenizer.Tokenize("   \n "));
    }

    [Fact]
    public void Culture_is_Norwegian_because_invariant_globalization_is_off()
    {
        Assert.Equal("nb-NO", NorwegianTokenizer.Culture.Name);
    }
}
