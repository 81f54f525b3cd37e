using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Tables;

public sealed class FrequencyTableTests
{
    private static readonly AnalysisContext Raw = AnalysisContext.Default.WithDisclosure(DisclosurePolicy.None);

    [Fact]
    public void Counts_percent_of_valid_and_missing_reasons_apart()
    {
        var t = FrequencyTables.Of(TableFixture.Data, "q14_1", context: Raw);

        // Valid codes: 5,4,3,1,2,4,5,5,3 → n 9; code 6 (Ikke aktuelt) twice (rows 4, 7); blank once (row 8).
        Assert.Equal(9, t.ValidN("Totalt"));
        Assert.Equal(2, t.MissingCount("Totalt", ResponseStatus.NotApplicable));
        Assert.Equal(1, t.MissingCount("Totalt", ResponseStatus.NoAnswer));
        Assert.Equal(["Ikke i det hele tatt", "I liten grad", "I noen grad", "I stor grad", "I svært stor grad"], t.Categories);
        Assert.Equal(3, t.Count("Totalt", "I svært stor grad"));
        Assert.Equal(100.0 * 3 / 9, t.Percent("Totalt", "I svært stor grad"), 9);
        Assert.Equal(100.0 * 1 / 9, t.Percent("Totalt", "Ikke i det hele tatt"), 9);

        var text = t.ToText();
        Assert.Contains("Ikke aktuelt", text);
        Assert.Contains("Ubesvart", text);
        Assert.Contains("33 %", text.Replace('\u00A0', ' '));
    }

    [Fact]
    public void Recode_three_way_and_top_box()
    {
        var t = FrequencyTables.Of(TableFixture.Data, "q14_1", new FrequencyOptions { Recode = Recode.KoRusThreeWay }, Raw);

        // 1–2: codes 1, 2 → 2; 3: 3, 3 → 2; 4–5: 5, 4, 4, 5, 5 → 5; of 9.
        Assert.Equal(["Ikke i det hele tatt/i liten grad", "I noen grad", "I stor/svært stor grad"], t.Categories);
        Assert.Equal(100.0 * 2 / 9, t.Percent("Totalt", "Ikke i det hele tatt/i liten grad"), 9);
        Assert.Equal(100.0 * 2 / 9, t.Percent("Totalt", "I noen grad"), 9);
        Assert.Equal(100.0 * 5 / 9, t.TopBoxPercent("Totalt"), 9);
        Assert.Contains("KoRusThreeWay", string.Join(" ", t.Notes));
    }

    [Fact]
    public void Denominator_with_not_applicable_reproduces_the_nokkeltall_pattern()
    {
        var t = FrequencyTables.Of(TableFixture.Data, "q14_1", new FrequencyOptions { Recode = Recode.KoRusThreeWay, Denominator = Denominator.ValidAndNotApplicable }, Raw);

        // Top box 5 of 9 valid + 2 «ikke aktuelt» = 11 → 45,45 % (lower than 55,56 % of valid only, as Nøkkeltall II vs the text).
        Assert.Equal(11, t.DenominatorN("Totalt"));
        Assert.Equal(9, t.ValidN("Totalt"));
        Assert.Equal(100.0 * 5 / 11, t.TopBoxPercent("Totalt"), 9);
        Assert.Contains("Prosentgrunnlag", t.ToText());
    }

    [Fact]
    public void Stratified_by_size_group()
    {
        var t = TableFixture.Data.Frequencies("q14_1", by: "kommunestorrelse", options: new FrequencyOptions { Recode = Recode.KoRusThreeWay }, context: Raw);

        // Liten rows 1–4: 5,4,3,(6) → n 3: 0 / 1 / 2. Mellomstor rows 5–8: 1,2,(6),(.) → n 2: 2 / 0 / 0. Stor rows 9–12: 4,5,5,3 → n 4: 0 / 1 / 3.
        Assert.Equal(["Totalt", "Liten", "Mellomstor", "Stor"], t.Groups);
        Assert.Equal(3, t.ValidN("Liten"));
        Assert.Equal(2, t.ValidN("Mellomstor"));
        Assert.Equal(4, t.ValidN("Stor"));
        Assert.Equal(0, t.Percent("Liten", "Ikke i det hele tatt/i liten grad"), 9);
        Assert.Equal(100.0 * 2 / 3, t.TopBoxPercent("Liten"), 9);
        Assert.Equal(100, t.Percent("Mellomstor", "Ikke i det hele tatt/i liten grad"), 9);
        Assert.Equal(1, t.MissingCount("Mellomstor", ResponseStatus.NoAnswer));
        Assert.Equal(75, t.TopBoxPercent("Stor"), 9);
    }

    [Fact]
    public void Stratified_by_two_variables()
    {
        var t = FrequencyTables.By(TableFixture.Data, "q14_1", "kommunestorrelse", "kjonn", new FrequencyOptions { Recode = Recode.KoRusThreeWay }, Raw);

        // Liten–Menn rows 1, 2: 5, 4 → n 2, top box 100 %. Liten–Kvinner rows 3, 4: 3, (6) → n 1. Stor–Kvinner row 11: 5 → n 1.
        // Row 12 has no gender: counted in Totalt only.
        Assert.Equal(["Totalt", "Liten – Menn", "Liten – Kvinner", "Mellomstor – Menn", "Mellomstor – Kvinner", "Stor – Menn", "Stor – Kvinner"], t.Groups);
        Assert.Equal(2, t.ValidN("Liten – Menn"));
        Assert.Equal(100, t.TopBoxPercent("Liten – Menn"), 9);
        Assert.Equal(1, t.ValidN("Liten – Kvinner"));
        Assert.Equal(0, t.TopBoxPercent("Liten – Kvinner"), 9);
        Assert.Equal(1, t.ValidN("Stor – Kvinner"));
        Assert.Equal(1, t.RespondentsWithoutGroup);
        Assert.Contains("1 respondent(er) uten verdi på «kommunestorrelse × kjonn»", string.Join(" ", t.Notes));
    }

    [Fact]
    public void Unknown_group_or_category_names_the_known_ones()
    {
        var t = FrequencyTables.By(TableFixture.Data, "q14_1", "kommunestorrelse", context: Raw);
        var ex = Assert.Throws<KeyNotFoundException>(() => t.Percent("Små", "I stor grad"));
        Assert.Equal("Table 'q14_1' has no group 'Små'. Groups: Totalt, Liten, Mellomstor, Stor.", ex.Message);
    }

    [Fact]
    public void Renders_text_markdown_html_csv_with_norwegian_numbers()
    {
        var t = FrequencyTables.Of(TableFixture.Data, "q14_1", new FrequencyOptions { Recode = Recode.KoRusThreeWay, Decimals = 1 }, Raw).Summary();

        // 5/9 = 55,6 % for people and 55.6 for machines (the precision shown); 55.555… only under a policy named for it.
        Assert.Equal(["I stor/svært stor grad", "5", "55,6\u00A0%"], t.FindRow("I stor/svært stor grad")!.Select(c => c.Display()));
        Assert.Contains("I stor/svært stor grad,5,55.6\n", t.ToCsv());
        Assert.DoesNotContain("55.55", t.ToCsv());
        Assert.DoesNotContain("55.55", t.ToJson());
        var full = FrequencyTables.Of(TableFixture.Data, "q14_1", new FrequencyOptions { Recode = Recode.KoRusThreeWay, Decimals = 1 },
            new AnalysisContext { Disclosure = DisclosurePolicy.None.WithFullPrecision() }).Summary();
        Assert.Contains("55.55555555555", full.ToCsv());
        Assert.Contains(full.Notes, n => n.Contains("FullPrecision", StringComparison.Ordinal));
        Assert.Contains("| I stor/svært stor grad | 5 | 55,6\u00A0% |", t.ToMarkdown());
        Assert.Contains("<td style=\"text-align:right\">55,6&#160;%</td>", t.ToHtml());
    }
}
