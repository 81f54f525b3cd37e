using Analysenotater.Text.Frequencies;
using Analysenotater.Text.Screening;

namespace Analysenotater.Tests.Text;

/// <summary>
/// Counts on a small hand-made set; every expected number is counted by hand in the comments below.
/// Lucene's Norwegian stop list contains på, og, er, for, min (not «hos»); «bra», «god», «hos» have 3 letters.
/// </summary>
public sealed class WordFrequencyTests
{
    internal static readonly string?[] Texts =
    [
        "Lang ventetid på bolig. Lang ventetid!",   // row 0: lang 2, ventetid 2, bolig 1; phrase «lang ventetid» 2
        "Bolig og boliger er problemet.",           // row 1: bolig, boliger, problemet
        "For lang ventetid hos kommunen.",          // row 2: lang, ventetid, kommunen; phrase «lang ventetid» 1
        "Boligen min er bra, god oppfølging.",      // row 3: boligen, oppfølging
        "Oppfølging og oppfølgingen er bra.",       // row 4: oppfølging, oppfølgingen
        "Kari er snill.",                            // row 5: a name: withheld, never counted
        null,                                        // row 6: no answer
    ];

    internal static ScreenedComments Screened() => CommentScreener.Default.Screen("open_darlig", Texts);

    private static readonly WordFrequencySettings Base = WordFrequencySettings.Default.WithMinimumLength(4).WithDisclosureThreshold(1).WithTopN(50);

    [Fact]
    public void Counts_occurrences_and_respondents_ranked_by_occurrences_then_respondents_then_alphabetically()
    {
        var r = WordFrequencyAnalysis.Count(Screened(), Base);
        Assert.Equal(["lang", "ventetid", "bolig", "oppfølging", "boligen", "boliger", "kommunen", "oppfølgingen", "problemet"], r.Entries.Select(e => e.Word));
        Assert.Equal([3, 3, 2, 2, 1, 1, 1, 1, 1], r.Entries.Select(e => e.Occurrences));
        Assert.Equal([2, 2, 2, 2, 1, 1, 1, 1, 1], r.Entries.Select(e => e.Respondents));
        Assert.Equal(5, r.Comments);
        Assert.Equal(6, r.ScreenedComments);
        Assert.Equal(1, r.WithheldComments);
        Assert.Null(r.Find("kari"));
        Assert.Null(r.Find("snill"));
    }

    [Fact]
    public void Minimum_length_and_standard_stop_words_can_be_changed()
    {
        var noStop = WordFrequencySettings.Default.WithStandardStopWords(false).WithMinimumLength(2).WithDisclosureThreshold(1).WithTopN(100);
        var r = WordFrequencyAnalysis.Count(Screened(), noStop);
        Assert.Equal(3, r.Find("er")!.Occurrences);   // rows 1, 3, 4
        Assert.Equal(2, r.Find("og")!.Occurrences);   // rows 1, 4
        Assert.Equal(2, r.Find("bra")!.Respondents);  // rows 3, 4
        Assert.Null(WordFrequencyAnalysis.Count(Screened(), Base).Find("bra")); // 3 letters < 4
        Assert.Throws<ArgumentOutOfRangeException>(() => WordFrequencySettings.Default.WithMinimumLength(0));
    }

    [Fact]
    public void Extra_stop_words_and_exclusions_remove_words_and_the_phrases_containing_them()
    {
        var phrases = Base.WithMaxNGram(2);
        Assert.NotNull(WordFrequencyAnalysis.Count(Screened(), phrases).Find("lang ventetid"));
        var excl = WordFrequencyAnalysis.Count(Screened(), phrases.WithExclusions("Lang"));
        Assert.Null(excl.Find("lang"));
        Assert.Null(excl.Find("lang ventetid"));
        Assert.Equal(3, excl.Find("ventetid")!.Occurrences);
        var stop = WordFrequencyAnalysis.Count(Screened(), phrases.WithExtraStopWords("ventetid"));
        Assert.Null(stop.Find("ventetid"));
        Assert.Null(stop.Find("lang ventetid"));
        Assert.Equal(3, stop.Find("lang")!.Occurrences);
    }

    [Fact]
    public void Two_word_phrases_are_counted_and_stop_words_and_punctuation_break_them()
    {
        var r = WordFrequencyAnalysis.Count(Screened(), Base.WithMaxNGram(2));
        var p = r.Find("lang ventetid")!;
        Assert.Equal(2, p.Words);
        Assert.Equal(3, p.Occurrences);  // twice in row 0, once in row 2
        Assert.Equal(2, p.Respondents);
        Assert.Null(r.Find("ventetid bolig")); // «på» between them is a stop word
        Assert.Null(r.Find("bolig lang"));     // a full stop between them
        Assert.Null(r.Find("boligen oppfølging")); // «er bra, god» between them

        // «lang» (3) and «ventetid» (3) occur only inside «lang ventetid» (3): folded into the phrase by default.
        Assert.Null(r.Find("lang"));
        Assert.Null(r.Find("ventetid"));
        Assert.Equal(2, r.Find("bolig")!.Occurrences); // «bolig» is in no phrase
        var unfolded = WordFrequencyAnalysis.Count(Screened(), Base.WithMaxNGram(2).WithFoldWordsIntoPhrases(false));
        Assert.Equal(3, unfolded.Find("lang")!.Occurrences);
        Assert.Equal(3, unfolded.Find("ventetid")!.Occurrences);
    }

    [Fact]
    public void A_surface_form_fewer_than_the_threshold_wrote_is_not_named_under_its_stem()
    {
        // Issue 17: with stemming, «bolig» (5 respondents) listed «boligen (1)» — a form one respondent wrote, i.e. a
        // withheld word, named with its count. Also when that rare form is the most frequent one, it is not the word shown.
        string?[] texts = ["God bolig her.", "Fin bolig.", "Trygg bolig.", "Bra bolig.", "Egen bolig.", "Boligen boligen boligen boligen boligen boligen min."];
        var screened = CommentScreener.Default.Screen("q", texts);
        var r = WordFrequencyAnalysis.Count(screened, Base.WithStemming(StemmingMode.Light).WithDisclosureThreshold(5));
        var bolig = r.Find("bolig")!;
        Assert.Equal(11, bolig.Occurrences);  // every form still counts
        Assert.Equal(6, bolig.Respondents);
        Assert.Equal("bolig", bolig.Word);
        Assert.Equal("bolig (5)", bolig.FormsText);
        Assert.DoesNotContain("boligen", r.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Stemming_groups_forms_and_shows_the_most_frequent_surface_form()
    {
        var r = WordFrequencyAnalysis.Count(Screened(), Base.WithStemming(StemmingMode.Light));
        var bolig = r.Find("boliger")!;
        Assert.Equal("bolig", bolig.Word);
        Assert.Equal(4, bolig.Occurrences);  // bolig 2 + boliger 1 + boligen 1
        Assert.Equal(3, bolig.Respondents);  // rows 0, 1, 3
        Assert.Equal("bolig (2), boligen (1), boliger (1)", bolig.FormsText);
        var oppf = r.Find("oppfølgingen")!;
        Assert.Equal("oppfølging", oppf.Word);
        Assert.Equal(3, oppf.Occurrences);
        Assert.Equal(2, oppf.Respondents);
        Assert.Contains("bolig (2), boligen (1), boliger (1)", r.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Light_stemmer_groups_more_than_minimal_and_nynorsk_forms_group_with_the_nynorsk_flag()
    {
        string?[] texts = ["samtale", "samtaler", "forståelse", "forstå"];
        var s = CommentScreener.Default.Screen("q", texts);
        var none = WordFrequencyAnalysis.Count(s, Base);
        Assert.Equal(1, none.Find("samtale")!.Occurrences);
        var minimal = WordFrequencyAnalysis.Count(s, Base.WithStemming(StemmingMode.Minimal));
        Assert.Equal(2, minimal.Find("samtale")!.Occurrences); // plural ending removed
        Assert.Equal(1, minimal.Find("forstå")!.Occurrences);    // derivation kept apart
        var light = WordFrequencyAnalysis.Count(s, Base.WithStemming(StemmingMode.Light));
        Assert.Equal(2, light.Find("forstå")!.Occurrences);      // «-else» removed as well

        string?[] nn = ["tenesta", "tenestene", "bustader", "bustad"];
        var ny = WordFrequencyAnalysis.Count(CommentScreener.Default.Screen("q", nn), Base.WithStemming(StemmingMode.Light, NorwegianVariant.Nynorsk));
        Assert.Equal(2, ny.Find("tenesta")!.Occurrences);
        Assert.Equal(2, ny.Find("bustad")!.Occurrences);
    }

    [Fact]
    public void Words_used_by_fewer_respondents_than_the_threshold_are_not_shown()
    {
        var r = WordFrequencyAnalysis.Count(Screened(), Base.WithDisclosureThreshold(2));
        Assert.Equal(["lang", "ventetid", "bolig", "oppfølging"], r.Entries.Select(e => e.Word));
        Assert.Equal(5, r.SuppressedTerms);
        var def = WordFrequencyAnalysis.Count(Screened(), WordFrequencySettings.Default);
        Assert.Empty(def.Entries); // default threshold 5; no word here has 5 respondents
        Assert.Contains("færre enn 5 respondenter", def.ToText(), StringComparison.Ordinal);
        Assert.Contains("kan ikke settes lavere enn 1", def.ToText(), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => WordFrequencySettings.Default.WithDisclosureThreshold(0));
    }

    [Fact]
    public void Top_n_and_ranking_by_respondents()
    {
        string?[] texts = ["hjelp hjelp hjelp hjelp", "bolig", "bolig"];
        var s = CommentScreener.Default.Screen("q", texts);
        var byOcc = WordFrequencyAnalysis.Count(s, Base.WithTopN(1));
        Assert.Equal("hjelp", Assert.Single(byOcc.Entries).Word);
        var byResp = WordFrequencyAnalysis.Count(s, Base.WithTopN(1).WithRanking(FrequencyRanking.Respondents));
        Assert.Equal("bolig", Assert.Single(byResp.Entries).Word);
    }

    [Fact]
    public void Settings_are_printed_with_every_result()
    {
        var s = WordFrequencySettings.KoRus2017Report;
        Assert.Equal(4, s.MinimumLength);
        Assert.Equal(2, s.MaxNGram);
        Assert.Contains("alltid", (IReadOnlySet<string>)s.Exclusions);
        var text = WordFrequencyAnalysis.Count(Screened(), s).ToText();
        Assert.Contains(s.Describe(), text, StringComparison.Ordinal);
        Assert.Contains("minste ordlengde 4 bokstaver", text, StringComparison.Ordinal);
        Assert.Contains("utelatt: alltid, etter, sette, tatt", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_group_counts_take_labels_per_row_and_report_unlabelled()
    {
        string?[] labels = ["Liten", "Stor", "Liten", "Stor", null, "Liten", "Stor"];
        var g = WordFrequencyAnalysis.CountByGroup(Screened(), labels, Base, Analysenotater.Disclosure.AnalysisContext.Default.WithDisclosure(Analysenotater.Disclosure.DisclosurePolicy.None));
        Assert.Equal(["Liten", "Stor", "Uoppgitt"], g.Groups.Select(x => x.Group));
        Assert.Equal(3, g["Liten"]!.Find("lang")!.Occurrences);
        Assert.Equal(2, g["Liten"]!.Comments); // rows 0 and 2; row 5 was withheld
        Assert.Null(g["Stor"]!.Find("lang"));
        Assert.Equal(1, g["Stor"]!.Find("oppfølging")!.Occurrences); // row 3 only; row 4 is unlabelled
        Assert.Equal(1, g.UnlabelledComments);
        Assert.Throws<ArgumentException>(() => WordFrequencyAnalysis.CountByGroup(Screened(), ["a"], Base));
    }

    [Fact]
    public void Group_labels_come_from_any_dataset_column()
    {
        var data = new Analysenotater.Data.SurveyDataset(null, [
            new Analysenotater.Data.TextColumn("open_bra", ["Bolig bra", "Bolig"]),
            Analysenotater.Data.CodeColumn.FromNullable("kjonn", [1, null]),
        ]);
        Assert.Equal(["Kvinner", null], WordFrequencyAnalysis.GroupLabels(data, "kjonn")); // role column: 1 = kvinne (KoRus q1)
        Assert.Equal(["K", null], WordFrequencyAnalysis.GroupLabels(data, "kjonn", new Dictionary<int, string> { [1] = "K" }));
        var noRole = data.WithRoles(Analysenotater.Data.DatasetRoles.Default with { Gender = null });
        Assert.Equal(["1", null], WordFrequencyAnalysis.GroupLabels(noRole, "kjonn"));
    }
}
