using Analysenotater.Instruments;

namespace Analysenotater.Tests.Synthetic;

/// <summary>
/// Checks the embedded KoRus 2017 instrument file against the printed questionnaire (report Vedlegg 1, seed 004):
/// counts are those of the questionnaire (e.g. 10 services in q12, 10 HSCL items, 9 drugs), texts are copied from the seed.
/// </summary>
public sealed class KoRusInstrumentFileTests
{
    private static readonly Instrument Korus = KnownInstruments.KoRus2017;

    [Fact]
    public void Loads_with_expected_item_counts()
    {
        // Vedlegg 1: q6 has 8 boxes, q12 10 services, q14 6, q15 5, q28 5, q31 10 (HSCL-10), q36 4 (CAGE), q37 9 drugs.
        Assert.Equal(8, Korus.Items.Count(i => i.Id.StartsWith("q6_", StringComparison.Ordinal)));
        Assert.Equal(10, Korus.Items.Count(i => i.Id.StartsWith("q12_", StringComparison.Ordinal) && i.Type == ItemType.MultipleChoice));
        Assert.Equal(6, Korus.Items.Count(i => i.Id.StartsWith("q14_", StringComparison.Ordinal)));
        Assert.Equal(5, Korus.Items.Count(i => i.Id.StartsWith("q15_", StringComparison.Ordinal)));
        Assert.Equal(5, Korus.Items.Count(i => i.Id.StartsWith("q28_", StringComparison.Ordinal)));
        Assert.Equal(10, Korus.Items.Count(i => i.Id.StartsWith("q31_", StringComparison.Ordinal)));
        Assert.Equal(4, Korus.Items.Count(i => i.Id.StartsWith("q36_", StringComparison.Ordinal)));
        Assert.Equal(9, Korus.Items.Count(i => i.Id.StartsWith("q37_", StringComparison.Ordinal) && i.Type == ItemType.MultipleChoice));
        // 4 open prompts + 2 "Annet" texts.
        Assert.Equal(6, Korus.Items.Count(i => i.Type == ItemType.OpenText));
        Assert.Equal(4, Korus.Indicators.Count);
    }

    [Theory]
    [InlineData("q18", "Har du tillitt til personene som er ansvarlig for oppfølgingen din?")]
    [InlineData("q10", "Har hjelpen du har mottatt fra kommunen hjulpet deg til å mestre hverdagen din på en annen måte?")]
    [InlineData("q31_10", "Følelse av håpløshet mht. framtiden")]
    [InlineData("q36_4", "Har det noen gang hent at du har startet dagen med å drikke alkohol for å roe nervene eller bli kvitt bakrusen?")]
    [InlineData("open_forslag", "Har du forslag til hva kommunen kan gjøre annerledes for at hjelpen du mottar skal bli bedre?")]
    public void Texts_are_verbatim(string id, string text) => Assert.Equal(text, Korus.GetItem(id).Text);

    [Fact]
    public void Missing_codes_and_directions_follow_the_reference()
    {
        var na = Korus.ScaleOf("q14_1")!.Find(6)!;
        Assert.Equal("Ikke aktuelt", na.Label);
        Assert.Equal(MissingReason.NotApplicable, na.Missing);
        var hi = Korus.ScaleOf("q22")!.Find(6)!;
        Assert.Equal(MissingReason.DoesNotHave, hi.Missing);
        Assert.Equal(ScaleDirection.HigherIsWorse, Korus.ScaleOf("q31_1")!.Direction);
        Assert.Equal(ScaleDirection.HigherIsWorse, Korus.ScaleOf("q33a")!.Direction);
        Assert.Equal(0.907, Korus.GetIndicator("ind_mental_hscl10").PublishedAlpha);
        Assert.Equal(["q9", "q10", "q11", "q13"], Korus.GetIndicator("ind_samlet").ItemIds);
    }
}
