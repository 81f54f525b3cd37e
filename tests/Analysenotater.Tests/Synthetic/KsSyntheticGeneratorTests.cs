using Analysenotater.Data;
using Analysenotater.KoRus2017.Synthetic;

namespace Analysenotater.Tests.Synthetic;

/// <summary>
/// The KS synthetic unit against seed 000 (reference survey.md): the 2022 Tilgjengelighet chart and the dimension table
/// (EROPH 2022 and the printed differences; the signs are an assumption stated in ks-generator-assumptions.csv).
/// </summary>
public sealed class KsSyntheticGeneratorTests
{
    private static readonly SurveyDataset Data = KsSyntheticGenerator.Generate();

    // survey.md dimension table: EROPH 2022, difference to landssnitt 2021, difference to EROPH 2021.
    public static TheoryData<string, double, double, double> Dimensions => new()
    {
        { "tilgjengelighet", 3.5, 0.2, 0.1 },
        { "informasjon", 3.4, 0.3, 0.1 },
        { "personalets_kompetanse", 3.8, 0.2, 0.1 },
        { "samarbeid_med_andre_tjenester", 3.7, 0.0, 0.1 },
        { "brukermedvirkning", 3.6, 0.2, 0.1 },
        { "respektfull_behandling", 3.8, 0.0, 0.1 },
        { "resultat_for_brukeren", 3.6, 0.1, 0.0 },
        { "helhetsvurdering", 3.7, 0.2, 0.1 },
    };

    [Theory]
    [MemberData(nameof(Dimensions))]
    public void Dimension_scores_match_the_dimension_table(string dimension, double eroph2022, double diffNational, double diffPrevious)
    {
        Assert.Equal(eroph2022, DimensionScore(dimension, 2022));
        Assert.Equal(Math.Round(eroph2022 - diffPrevious, 1), DimensionScore(dimension, 2021));
        var national = KsSyntheticGenerator.NationalAverages2021().Single(x => x.Dimension == dimension).Landssnitt2021;
        Assert.Equal(Math.Round(eroph2022 - diffNational, 1), national);
    }

    [Theory]
    [InlineData("tilgjengelighet_1", 4, 4, 13, 75)]
    [InlineData("tilgjengelighet_2", 4, 7, 11, 75)]
    [InlineData("tilgjengelighet_3", 4, 4, 13, 78)]
    [InlineData("tilgjengelighet_4", 9, 4, 5, 75)]
    [InlineData("tilgjengelighet_5", 6, 7, 22, 44)]
    [InlineData("tilgjengelighet_6", 7, 14, 21, 43)]
    public void Tilgjengelighet_2022_matches_the_chart(string item, int p1, int p2, int p3, int p4)
    {
        // survey.md Tilgjengelighet chart, % of all respondents (the gap to 100 % is missing); 100 respondents in 2022.
        var rows = Enumerable.Range(0, Data.RowCount).Where(i => Data.ValidValues("aar")[i] == 2022).ToList();
        Assert.Equal(100, rows.Count);
        var codes = Data.Codes(item);
        Assert.Equal([p1, p2, p3, p4], new[] { 1, 2, 3, 4 }.Select(c => rows.Count(i => codes[i] == c)));
    }

    private static double DimensionScore(string dimension, int year)
    {
        // Mean of item means on 1–4, missing left out (survey.md: "Averaging the item means gives 3,50").
        var items = Data.Instrument!.Items.Where(i => i.Id.StartsWith(dimension + "_", StringComparison.Ordinal) && i.Type == Analysenotater.Instruments.ItemType.SingleChoice).ToList();
        var aar = Data.ValidValues("aar");
        var means = items.Select(it =>
        {
            var v = Data.ValidValues(it.Id);
            return Enumerable.Range(0, Data.RowCount).Where(i => aar[i] == year && !double.IsNaN(v[i])).Average(i => v[i]);
        });
        return Math.Round(means.Average(), 1, MidpointRounding.AwayFromZero);
    }
}
