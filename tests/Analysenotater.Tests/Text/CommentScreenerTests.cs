using Analysenotater.Text.Screening;

namespace Analysenotater.Tests.Text;

public sealed class CommentScreenerTests
{
    private static readonly CommentScreener Screener = CommentScreener.Default;

    private static IdentifierKind[] KindsIn(string text) => [.. Screener.FindFlags(text).Select(f => f.Kind)];

    [Theory]
    [InlineData("Ring meg på 91234567.")]
    [InlineData("Ring meg på 912 34 567.")]
    [InlineData("Ring meg på 91 23 45 67.")]
    [InlineData("Ring meg på 9123 4567.")]
    [InlineData("Ring meg på +47 91234567.")]
    [InlineData("Ring meg på 0047 912 34 567.")]
    public void Phone_numbers_in_common_forms_are_flagged(string text)
    {
        var f = Assert.Single(Screener.FindFlags(text));
        Assert.Equal(IdentifierKind.PhoneNumber, f.Kind);
        Assert.Equal("Ring meg på ".Length, f.Start);
        Assert.EndsWith("7", text.Substring(f.Start, f.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_and_times_are_not_phone_numbers()
    {
        Assert.Empty(Screener.FindFlags("Fikk 2000 kr, møte kl 09:30, 1-2 ganger i uka."));
    }

    [Fact]
    public void National_id_control_digits_are_checked()
    {
        // Hand computation for 010190 124 k1 k2:
        // k1: 3·0+7·1+6·0+1·1+8·9+9·0+4·1+5·2+2·4 = 102; 102 mod 11 = 3; k1 = 11 − 3 = 8.
        // k2: 5·0+4·1+3·0+2·1+7·9+6·0+5·1+4·2+3·4+2·8 = 110; 110 mod 11 = 0; k2 = 11 − 0 = 11 → 0.
        Assert.True(NationalIdNumber.HasValidControlDigits("01019012480"));
        Assert.True(NationalIdNumber.HasValidControlDigits("010190 12480"));
        Assert.False(NationalIdNumber.HasValidControlDigits("01019012481"));
        Assert.False(NationalIdNumber.HasValidControlDigits("01019012380")); // k1 would be 10: no valid number
        Assert.False(NationalIdNumber.HasValidControlDigits("0101901248"));

        var valid = Assert.Single(Screener.FindFlags("fnr 01019012480"));
        Assert.Equal(IdentifierKind.NationalIdNumber, valid.Kind);
        Assert.Contains("kontrollsifrene stemmer", valid.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("ikke", valid.Reason, StringComparison.Ordinal);
        var typo = Assert.Single(Screener.FindFlags("fnr 01019012481"));
        Assert.Equal(IdentifierKind.NationalIdNumber, typo.Kind);
        Assert.Contains("stemmer ikke", typo.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jeg er 34 år og sliter.", IdentifierKind.Age)]
    [InlineData("Eg er 58 år gammal.", IdentifierKind.Age)]
    [InlineData("Som 19-åring fikk jeg ingen hjelp.", IdentifierKind.Age)]
    [InlineData("Jeg fylte 60 i fjor.", IdentifierKind.Age)]
    [InlineData("Skrevet ut 12.03.2017.", IdentifierKind.DatedEvent)] // a discharge on a date: a dated personal event (issue #18), no longer a bare date
    [InlineData("Møtet ble flyttet til 12.03.2017.", IdentifierKind.Date)]
    [InlineData("Søkte 3. mars 2016.", IdentifierKind.Date)]
    [InlineData("Avlyst 24/12/17.", IdentifierKind.Date)]
    [InlineData("Skriv til kari_h@hotmail.no", IdentifierKind.EmailAddress)]
    [InlineData("Se www.rusfri.no/kari", IdentifierKind.WebAddress)]
    public void Ages_dates_and_addresses_are_flagged(string text, IdentifierKind kind)
    {
        Assert.Contains(kind, KindsIn(text));
    }

    [Theory]
    [InlineData("Det er 2 år siden jeg søkte.")]
    [InlineData("Jeg har ventet i 3 år på bolig.")]
    [InlineData("Samtaler hver 14. dag.")]
    public void Durations_are_not_ages_or_dates(string text)
    {
        Assert.Empty(Screener.FindFlags(text));
    }

    [Theory]
    [InlineData("Ruskonsulenten min Kari er flink.", 0, "Ruskonsulenten min Kari")]
    [InlineData("Fastlegen dr. Olsen hører ikke.", 0, "Fastlegen dr. Olsen")]
    [InlineData("Hun sa at dr. Olsen hører.", 10, "dr. Olsen")]
    [InlineData("Sykepleieren vår, Gunnar, kommer sent.", 0, "Sykepleieren vår, Gunnar")]
    public void Staff_roles_tied_to_a_person_are_flagged_with_their_span(string text, int start, string span)
    {
        var f = Screener.FindFlags(text).First(x => x.Kind == IdentifierKind.StaffRoleWithPerson);
        Assert.Equal(start, f.Start);
        Assert.Equal(span, text.Substring(f.Start, f.Length));
    }

    [Fact]
    public void A_staff_role_alone_is_not_flagged()
    {
        Assert.Empty(Screener.FindFlags("Ruskonsulenten min er flink, og fastlegen hører på meg."));
        Assert.Empty(Screener.FindFlags("Samtaler med ruskonsulent. Håper det fortsetter."));
    }

    [Theory]
    [InlineData("spør etter anne, hun kan dette")]
    [InlineData("Takk til Åse!")]
    [InlineData("Kari på kontoret er snill.")]
    [InlineData("Anne-Lise er flink.")]
    [InlineData("Jeg vil skryte av Ingunn Larsen.")]
    public void Names_are_flagged_in_any_case(string text)
    {
        Assert.Contains(IdentifierKind.PersonName, KindsIn(text));
    }

    [Theory]
    [InlineData("Bor i Moss og reiser langt.")]
    [InlineData("Bussen fra Hell er treg.")]
    [InlineData("Vi som bor på Bø får ikke besøk.")]
    [InlineData("Tjenesten i Mo i Rana er bedre.")]
    [InlineData("i kristiansund er det bra")]
    [InlineData("Det er ingen tilbud i Sør-Fron.")]
    public void Places_are_flagged(string text)
    {
        Assert.Contains(IdentifierKind.PlaceName, KindsIn(text));
    }

    [Theory]
    [InlineData("Livet har blitt bedre.")]
    [InlineData("Liv og røre hele tiden.")]
    [InlineData("Mange av de ansatte er flinke.")]
    [InlineData("Hell og lykke til alle!")]
    [InlineData("Mo og slapp etter medisinene.")]
    [InlineData("Vik unna folk som ikke vil deg vel.")]
    [InlineData("Vi bor ved en bratt bakke og et høyt berg.")]
    [InlineData("Det er mye mose og lie her.")]
    [InlineData("Dag for dag blir det bedre, per i dag bra.")]
    [InlineData("Time etter time i venterommet.")]
    [InlineData("NAV og DPS snakker ikke sammen.")]
    [InlineData("Kontakten med hans lege er dårlig.")]
    [InlineData("Vi satt på haugen og så på strømmen i elva.")]
    public void Common_words_that_are_also_names_or_places_are_not_flagged(string text)
    {
        Assert.Empty(Screener.FindFlags(text));
    }

    [Fact]
    public void Common_word_names_are_flagged_when_capitalised_mid_sentence_or_before_a_surname()
    {
        Assert.Contains(IdentifierKind.PersonName, KindsIn("Takk til Liv for hjelpen."));
        Assert.Contains(IdentifierKind.PersonName, KindsIn("Liv Berg har vært god."));
        Assert.Contains(IdentifierKind.PersonName, KindsIn("Bjørn hjalp meg mye."));
        Assert.Empty(KindsIn("Liv og helse er viktig."));
    }

    [Fact]
    public void Local_services_are_flagged_only_when_configured()
    {
        Assert.DoesNotContain(IdentifierKind.LocalService, KindsIn("Losen er et godt sted."));
        var configured = new CommentScreener(ScreeningLexicon.Default.WithLocalServices("Losen"));
        var f = Assert.Single(configured.FindFlags("Jeg er glad i losen."));
        Assert.Equal(IdentifierKind.LocalService, f.Kind);
    }

    [Fact]
    public void Unknown_capitalised_words_mid_sentence_are_flagged_as_possible_proper_nouns()
    {
        var f = Assert.Single(Screener.FindFlags("Jeg liker Brakkulo best."));
        Assert.Equal(IdentifierKind.UnknownProperNoun, f.Kind);

        // A capitalised venue compound is now reported as what it most likely is: a named meeting place (issue #18).
        var venue = Assert.Single(Screener.FindFlags("Jeg går til Fyrtårnet hver dag."));
        Assert.Equal(IdentifierKind.MeetingPlace, venue.Kind);
    }

    [Fact]
    public void Reasons_never_contain_the_flagged_text()
    {
        const string text = "Ruskonsulenten min Kari i Moss, tlf 91234567, kari@x.no, er 34 år.";
        foreach (var f in Screener.FindFlags(text))
        {
            Assert.DoesNotContain(text.Substring(f.Start, f.Length), f.Reason, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Shipped_lists_have_several_hundred_first_names_and_the_2024_municipalities()
    {
        var lex = ScreeningLexicon.Default;
        Assert.True(lex.FirstNames.Count >= 400, $"{lex.FirstNames.Count} first names");
        Assert.True(lex.Places.Count >= 500, $"{lex.Places.Count} places");
        // 2024 changes: Haram split from Ålesund; county names Akershus, Buskerud, Østfold, Telemark, Vestfold, Troms, Finnmark.
        foreach (var p in new[] { "haram", "ålesund", "sør-fron", "nore og uvdal", "evje og hornnes", "våler", "herøy", "sør-varanger", "akershus", "finnmark", "mo i rana" })
        {
            Assert.Contains(p, (IReadOnlySet<string>)lex.Places);
        }

        var orphans = lex.CommonWords.Where(w => !lex.FirstNames.Contains(w) && !lex.Surnames.Contains(w) && !lex.Places.Contains(w)).ToList();
        Assert.True(orphans.Count == 0, "Common words that are in no name or place list: " + string.Join(", ", orphans));
    }
}
