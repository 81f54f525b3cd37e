using Analysenotater.Data;
using Analysenotater.KoRus2017.Synthetic;

namespace Analysenotater.Tests.Synthetic;

/// <summary>Checks of the synthetic frame against the printed report (Vedlegg 3 Tabell 1, 4.1) and of the planted open-text details.</summary>
public sealed class KoRusSyntheticGeneratorTests
{
    private static SurveyDataset Data => SyntheticFixture.Result.Dataset;

    [Fact]
    public void Frame_has_491_respondents_in_20_municipalities_by_size_as_published()
    {
        // Vedlegg 3 Tabell 1: N = 53 / 67 / 371; 4.1: 7 small, 4 medium, 9 large municipalities.
        Assert.Equal(491, Data.RowCount);
        var size = Data.Codes("kommunestorrelse");
        var kom = Data.Codes("kommune");
        Assert.Equal([53, 67, 371], new[] { 1, 2, 3 }.Select(g => Enumerable.Range(0, 491).Count(i => size[i] == g)));
        Assert.Equal([7, 4, 9], new[] { 1, 2, 3 }.Select(g => Enumerable.Range(0, 491).Where(i => size[i] == g).Select(i => kom[i]).Distinct().Count()));
    }

    [Fact]
    public void Ages_match_the_published_size_group_statistics()
    {
        // Vedlegg 3 Tabell 1: L 22–71, mean 45.54, SD 12.636; M 18–71, 43.70, 14.637; S 19–75, 41.65, 12.337.
        var size = Data.Codes("kommunestorrelse");
        var age = Data.ValidValues("alder");
        foreach (var (g, min, max, mean) in new[] { (1, 22.0, 71.0, 45.54), (2, 18.0, 71.0, 43.70), (3, 19.0, 75.0, 41.65) })
        {
            var a = Enumerable.Range(0, 491).Where(i => size[i] == g && !double.IsNaN(age[i])).Select(i => age[i]).ToArray();
            Assert.Equal(min, a.Min());
            Assert.Equal(max, a.Max());
            Assert.Equal(mean, Math.Round(a.Average(), 2));
        }
    }

    [Fact]
    public void Identifying_details_are_3_to_5_percent_of_written_answers_and_occur_in_them()
    {
        var r = SyntheticFixture.Result;
        var written = new[] { "open_bra", "open_darlig", "open_forslag", "q33b" }.Sum(q => ((TextColumn)r.Dataset[q]).Values.Count(v => v is not null));
        var share = (double)r.IdentifyingDetails.Count / written;
        Assert.InRange(share, 0.03, 0.05);
        foreach (var d in r.IdentifyingDetails)
        {
            Assert.Contains(d.Text, ((TextColumn)r.Dataset[d.Column])[d.Row]!, StringComparison.Ordinal);
        }

        Assert.Equal(4, r.IdentifyingDetails.Select(d => d.Kind).Distinct().Count());
    }

    [Fact]
    public void Housing_groups_are_q5_with_Annet_recoded_and_match_Vedlegg_3_Tabell_1()
    {
        // README C4. Vedlegg 3 Tabell 1 counts (L/M/S): fast eid/leid bolig 43/49/284, foreldre/venner/hospits -/7/28,
        // institusjon 9/2/24, bostedsløs -/3/21 ('-' = 0). q5 codes 1–5 map fixed; only «Annet» (6) is recoded.
        var q5 = Data.Codes("q5");
        var grouped = Data.Codes("q5_gruppert");
        var size = Data.Codes("kommunestorrelse");
        var text = (TextColumn)Data["q5_annet_tekst"];
        var annet = 0;
        for (var i = 0; i < Data.RowCount; i++)
        {
            int? expected = q5[i] switch { 1 => 1, 2 or 4 => 2, 3 => 3, 5 => 5, _ => null };
            if (q5[i] == 6)
            {
                annet++;
                Assert.Contains(grouped[i], new int?[] { 1, 2, 3, 5 });
            }
            else
            {
                Assert.Equal(expected, grouped[i]);
            }

            if (text[i] is not null)
            {
                Assert.Equal(6, q5[i]);
            }
        }

        Assert.InRange(annet, 55, 70); // Nøkkeltall I: Annet 13 % of about 470.
        int Count(int g, int code) => Enumerable.Range(0, Data.RowCount).Count(i => size[i] == g && grouped[i] == code);
        Assert.Equal([43, 49, 284], new[] { 1, 2, 3 }.Select(g => Count(g, 1)));
        Assert.Equal([0, 7, 28], new[] { 1, 2, 3 }.Select(g => Count(g, 2)));
        Assert.Equal([9, 2, 24], new[] { 1, 2, 3 }.Select(g => Count(g, 3)));
        Assert.Equal([0, 3, 21], new[] { 1, 2, 3 }.Select(g => Count(g, 5)));
    }

    [Fact]
    public void Skip_logic_daily_care_implies_children()
    {
        var q7 = Data.Codes("q7");
        var q8 = Data.Codes("q8");
        var violations = Enumerable.Range(0, 491).Count(i => q8[i] == 1 && q7[i] == 0);
        Assert.True(violations <= 3, $"{violations} respondents have daily care for children but no children");
    }

    [Fact]
    public void Another_seed_gives_other_data()
    {
        var other = KoRusSyntheticGenerator.Generate(7);
        Assert.NotEqual(Analysenotater.Export.MicrodataCsvWriter.ToCsv(other), Analysenotater.Export.MicrodataCsvWriter.ToCsv(Data));
    }
}
