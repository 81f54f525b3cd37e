using Analysenotater.Text.Frequencies;
using Analysenotater.Text.Keyness;

namespace Analysenotater.Tests.Text;

public sealed class KeynessTests
{
    [Fact]
    public void G2_and_log_ratio_match_hand_computation()
    {
        // a = 3 of c = 8, b = 0 of d = 7: E1 = 8·3/15 = 1.6, E2 = 7·3/15 = 1.4;
        // G² = 2·(3·ln(3/1.6) + 0) = 6·ln(1.875) = 3.7716519565 (python math.log);
        // log ratio = log2((3/8)/(0.5/7)) = log2(5.25) = 2.3923174228; p = 1 − chi2.cdf(G², 1) = 0.0521281259 (scipy).
        var (e1, e2) = LogLikelihood.Expected(3, 0, 8, 7);
        Assert.Equal(1.6, e1, 1e-12);
        Assert.Equal(1.4, e2, 1e-12);
        Assert.Equal(3.7716519565, LogLikelihood.G2(3, 0, 8, 7), 1e-9);
        Assert.Equal(2.3923174228, LogLikelihood.LogRatio(3, 0, 8, 7), 1e-9);
        Assert.Equal(0.0521281259, LogLikelihood.PValue(LogLikelihood.G2(3, 0, 8, 7)), 1e-9);

        // a = 1 of 8, b = 1 of 7: E1 = 16/15, E2 = 14/15; G² = 2·(ln(15/16) + ln(15/14)) = 0.0089087007;
        // log ratio = log2(7/8) = −0.1926450779.
        Assert.Equal(0.0089087007, LogLikelihood.G2(1, 1, 8, 7), 1e-9);
        Assert.Equal(-0.1926450779, LogLikelihood.LogRatio(1, 1, 8, 7), 1e-9);
        Assert.Equal(0.0, LogLikelihood.G2(2, 2, 10, 10), 1e-12);
        Assert.Throws<ArgumentOutOfRangeException>(() => LogLikelihood.G2(9, 0, 8, 7));
    }

    [Fact]
    public void Compare_two_groups_uses_counted_tokens_as_corpus_sizes()
    {
        // Group A = rows 0, 2: lang ventetid bolig lang ventetid | lang ventetid kommunen → c = 8 tokens.
        // Group B = rows 1, 3, 4: bolig boliger problemet | boligen oppfølging | oppfølging oppfølgingen → d = 7.
        var all = WordFrequencyTests.Screened();
        var microdata = Analysenotater.Disclosure.AnalysisContext.Default.WithDisclosure(Analysenotater.Disclosure.DisclosurePolicy.None);
        var a = all.Where(r => r is 0 or 2, microdata);
        var b = all.Where(r => r is 1 or 3 or 4, microdata);
        var s = WordFrequencySettings.Default.WithMinimumLength(4).WithDisclosureThreshold(1).WithTopN(50);
        var k = KeynessAnalysis.Compare(a, "Liten", b, "Stor", s);
        Assert.Equal(8, k.TokensA);
        Assert.Equal(7, k.TokensB);
        var lang = k.Entries.Single(e => e.Word == "lang");
        Assert.Equal(3.7716519565, lang.G2, 1e-9);
        Assert.Equal(2.3923174228, lang.LogRatio, 1e-9);
        var bolig = k.Entries.Single(e => e.Word == "bolig");
        Assert.Equal(0.0089087007, bolig.G2, 1e-9);
        Assert.Equal("lang", k.Entries[0].Word); // tie with «ventetid» (same counts) broken alphabetically
        Assert.Contains("log-ratio", k.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Keyword_in_context_shows_screened_text_and_respects_the_threshold()
    {
        var all = WordFrequencyTests.Screened();
        var s = WordFrequencySettings.Default.WithDisclosureThreshold(2);
        var k = KeywordInContext.Find(all, "ventetid", s, width: 10);
        Assert.False(k.Suppressed);
        Assert.Equal(3, k.Lines.Count);
        Assert.Equal(new KeywordInContextLine(0, "Lang", "ventetid", "på bolig.…"), k.Lines[0]);
        Assert.Equal("For lang", k.Lines[2].Left);
        var rare = KeywordInContext.Find(all, "problemet", s);
        Assert.True(rare.Suppressed);
        Assert.Empty(rare.Lines);
        var withheld = KeywordInContext.Find(all, "snill", s.WithDisclosureThreshold(1));
        Assert.Empty(withheld.Lines); // row 5 was withheld by screening
        var stemmed = KeywordInContext.Find(all, "bolig", s.WithStemming(StemmingMode.Light));
        Assert.Equal(4, stemmed.Lines.Count);
    }

    [Fact]
    public void A_withheld_keyword_reports_nothing_countable_not_even_how_many_used_it()
    {
        var all = WordFrequencyTests.Screened();
        var open = KeywordInContext.Find(all, "ventetid", WordFrequencySettings.Default.WithDisclosureThreshold(1));
        var used = open.Respondents!.Value;
        Assert.InRange(used, 1, 10);

        // One more than the word's users: withheld. Neither the count nor the lines' number may be read.
        var s = WordFrequencySettings.Default.WithDisclosureThreshold(used + 1);
        var withheld = KeywordInContext.Find(all, "ventetid", s);
        Assert.True(withheld.Suppressed);
        Assert.Null(withheld.Respondents);
        Assert.Empty(withheld.Lines);

        // What is released looks exactly as for a word nobody used.
        var nobody = KeywordInContext.Find(all, "zzqxj", s);
        Assert.True(nobody.Suppressed);
        Assert.Null(nobody.Respondents);
        Assert.Equal(nobody.ToText().Replace("zzqxj", "ventetid", StringComparison.Ordinal), withheld.ToText());
        Assert.Equal(nobody.Summary().ToCsv().Replace("zzqxj", "ventetid", StringComparison.Ordinal), withheld.Summary().ToCsv());
    }
}
