using Analysenotater.Text.Screening;

namespace Analysenotater.Tests.Text.Screening;

/// <summary>
/// One or more sentences per detector of issue #18, with harmless look-alikes. The sentences are new (in neither
/// labelled set); each test names the kind that must be found, or that nothing may be found.
/// </summary>
public sealed class ScreeningDetectorTests
{
    private static readonly CommentScreener Screener = CommentScreener.Default;

    private static IdentifierKind[] KindsIn(string text) => [.. Screener.FindFlags(text).Select(f => f.Kind)];

    [Theory]
    [InlineData("jeg er 29 og bor alene")]
    [InlineData("Eg er no 66 år og har slite lenge.")]
    [InlineData("Er bare nitten og har mista alt.")]
    [InlineData("æ e 42 å ufør")]
    [InlineData("Født i 1957 og glemt av alle.")]
    [InlineData("født -01, har ADHD")]
    [InlineData("Jeg er en kar på 63 som ikke får hjelp.")]
    [InlineData("Kvinne, 51 år, med lang rushistorie.")]
    [InlineData("Som femtiåring er det tungt å søke jobb.")]
    [InlineData("Sønnen min på 15 får ingen hjelp.")]
    [InlineData("Vår 16-årige datter står på venteliste.")]
    [InlineData("I en alder av 58 er det vanskelig å få jobb.")]
    [InlineData("Født på 70-tallet og fortsatt uten fast bolig.")]
    [InlineData("52 år, ufør og alene.")]
    public void Ages_in_digits_words_and_birth_years_are_flagged(string text) => Assert.Contains(IdentifierKind.Age, KindsIn(text));

    [Theory]
    [InlineData("Jeg var 4 år på venteliste før jeg fikk bolig.")]
    [InlineData("Det er 3 år siden noen ringte.")]
    [InlineData("Tilbudet for 25-åringer mangler.")]
    [InlineData("Vi er 12 som deler ett bad.")]
    [InlineData("Husleia er 14 000 kroner.")]
    [InlineData("Jeg er 100 % ufør.")]
    [InlineData("Ungdom mellom 15 og 20 år trenger mer.")]
    [InlineData("Mange 16-årige ungdommer ruser seg.")]
    [InlineData("12 år med rus har satt spor.")]
    public void Durations_amounts_and_age_groups_are_not_ages(string text) => Assert.DoesNotContain(IdentifierKind.Age, KindsIn(text));

    [Theory]
    [InlineData("Dag i kantina er den beste.")]
    [InlineData("takk til per for kaffen")]
    [InlineData("Hilsen til Liv og Bjørn på huset.")]
    [InlineData("Spør etter Ola i resepsjonen.")]
    public void Names_that_are_common_words_are_flagged_by_context(string text) => Assert.Contains(IdentifierKind.PersonName, KindsIn(text));

    [Theory]
    [InlineData("Livet har blitt bedre etter at jeg fikk jobb.")]
    [InlineData("Han og hans kone får ingen avlastning.")]
    [InlineData("Dag etter dag uten svar.")]
    [InlineData("Per i dag har jeg ingen kontaktperson.")]
    [InlineData("Maten på dagsenteret er god.")]
    public void Common_words_that_are_names_are_not_flagged_without_a_name_context(string text) => Assert.DoesNotContain(IdentifierKind.PersonName, KindsIn(text));

    [Theory]
    [InlineData("Rævva på lageret hjalp meg med alt.")]
    [InlineData("Knotten i kafeen er verdens snilleste.")]
    public void Nicknames_at_the_start_of_a_sentence_are_flagged(string text) => Assert.Contains(IdentifierKind.PersonName, KindsIn(text));

    [Theory]
    [InlineData("Jeg er den eneste i rullestol på huset.")]
    [InlineData("Det er bare meg som har barn av de som bor i bofellesskapet.")]
    [InlineData("Eg er den einaste med hund i blokka.")]
    public void Uniqueness_tied_to_a_place_or_group_is_flagged(string text) => Assert.Contains(IdentifierKind.UniqueTrait, KindsIn(text));

    [Theory]
    [InlineData("Onkelen min er lensmann i bygda.", IdentifierKind.FamilyDetail)]
    [InlineData("dottera mi jobbar sjølv på legekontoret", IdentifierKind.FamilyDetail)]
    [InlineData("Broren min soner nå og jeg sliter.", IdentifierKind.FamilyDetail)]
    [InlineData("Jeg er tannlege her og skammer meg.", IdentifierKind.Occupation)]
    [InlineData("er einaste elektriker i kommunen", IdentifierKind.Occupation)]
    [InlineData("eg køyrer brøytebilen om vinteren", IdentifierKind.Occupation)]
    [InlineData("Bilen min KH 20455 ble stående.", IdentifierKind.VehicleRegistration)]
    [InlineData("konto 9710 05 12345", IdentifierKind.AccountNumber)]
    [InlineData("Jeg er hun med det røde skjerfet som alltid kommer for sent.", IdentifierKind.UniqueTrait)]
    [InlineData("Jeg er fra 1977 og føler meg gammel.", IdentifierKind.Age)]
    [InlineData("Dame 48 år, ufør.", IdentifierKind.Age)]
    [InlineData("De kaller meg Smørblid på senteret.", IdentifierKind.PersonName)]
    [InlineData("Hunden vår Rambo er med på turene.", IdentifierKind.PersonName)]
    public void Details_added_after_the_independent_review_are_flagged(string text, IdentifierKind kind) => Assert.Contains(kind, KindsIn(text));

    [Theory]
    [InlineData("Mamma og pappa fikk også tilbud om samtaler.")]
    [InlineData("Sønnen min har fått hjelp av en lege på BUP.")]
    [InlineData("Jeg er pårørende og vil ha mer informasjon.")]
    [InlineData("Kontaktpersonen min er flink.")]
    [InlineData("Det tok 14 dager og kostet ca 12000 kr.")]
    [InlineData("Fikk svar fra postmottak@nav.no etter en uke.")]
    [InlineData("Vi satt og pratet på treffstedet hele kvelden.")]
    [InlineData("Ritalin hjelper meg å konsentrere meg.")]
    public void Look_alikes_of_the_added_details_are_not_flagged(string text) => Assert.Empty(KindsIn(text));

    [Theory]
    [InlineData("Det eneste som hjelper er trening.")]
    [InlineData("Jeg er ikke den eneste som har det sånn.")]
    [InlineData("Bare meg som kan bestemme over livet mitt.")]
    [InlineData("Eneste tilbudet i bygda er kafeen.")]
    public void Generic_uniqueness_phrases_are_not_flagged(string text) => Assert.Empty(KindsIn(text));

    [Theory]
    [InlineData("Etter brannen i juli har vi bodd på hotell.")]
    [InlineData("Far døde 3. juledag og ingen ringte.")]
    [InlineData("Ble løslatt i januar uten noe sted å bo.")]
    public void Personal_events_tied_to_a_time_are_flagged(string text) => Assert.Contains(IdentifierKind.DatedEvent, KindsIn(text));

    [Theory]
    [InlineData("Kafeen er stengt fra 1. juli til 10. august.")]
    [InlineData("Kurset starter 2. september.")]
    [InlineData("Om sommeren er alt stengt.")]
    public void Service_dates_and_seasons_are_not_flagged(string text) => Assert.Empty(KindsIn(text));

    [Theory]
    [InlineData("Legen på DPS, han med skjegg, hører ikke.")]
    [InlineData("Den kvinnelige psykologen på akutten var frekk.")]
    [InlineData("Vaktmesteren med hunden er grei.")]
    public void Staff_described_by_role_and_trait_are_flagged(string text) => Assert.Contains(IdentifierKind.StaffDescription, KindsIn(text));

    [Theory]
    [InlineData("Legen på legevakta var hyggelig.")]
    [InlineData("Sykepleierne på natta har for mye å gjøre.")]
    [InlineData("Psykologen min lytter.")]
    public void A_role_without_a_trait_is_not_flagged(string text) => Assert.Empty(KindsIn(text));

    [Theory]
    [InlineData("Fnr 010190-12480")]
    [InlineData("fødselsnummer 010190 124 80")]
    [InlineData("01.01.90 12480")]
    public void Identity_numbers_with_separators_are_flagged(string text) => Assert.Contains(IdentifierKind.NationalIdNumber, KindsIn(text));

    [Theory]
    [InlineData("ring 4 0 1 2 3 4 5 6")]
    [InlineData("tlf 402-11-223")]
    [InlineData("Nå meg på (+47) 922 11 334.")]
    [InlineData("Svensk nummer: +46 70 123 45 67")]
    public void Phone_numbers_with_any_separators_are_flagged(string text) => Assert.Contains(IdentifierKind.PhoneNumber, KindsIn(text));

    [Theory]
    [InlineData("Jeg ringte Kirkens SOS på 22 40 00 40.")]
    [InlineData("Mental Helse sin telefon 116 123 er bra.")]
    [InlineData("Ring 113 hvis det haster.")]
    [InlineData("Mer info på www.helsenorge.no og nav.no.")]
    [InlineData("Prosjektet kostet 25 000 000 kr.")]
    public void Public_numbers_sites_and_amounts_are_not_flagged(string text) => Assert.Empty(KindsIn(text));

    [Theory]
    [InlineData("jeg bor i åsvegen 12")]
    [InlineData("Leiligheta i Fjordgata 3 er kald.")]
    [InlineData("Adresse: Søndre gate 7 B")]
    public void Street_addresses_in_any_case_are_flagged(string text) => Assert.Contains(IdentifierKind.StreetAddress, KindsIn(text));

    [Fact]
    public void Living_on_the_street_for_years_is_not_an_address() => Assert.Empty(KindsIn("Jeg bodde på gata 3 år."));

    [Theory]
    [InlineData("snap: ravn_77")]
    [InlineData("Følg meg @sterk.mamma")]
    [InlineData("insta er lise.rus")]
    public void Social_media_handles_are_flagged(string text) => Assert.Contains(IdentifierKind.SocialMediaHandle, KindsIn(text));

    [Theory]
    [InlineData("skriv til kari.h (at) gmail.com")]
    [InlineData("mail: ola at online dot no")]
    public void Obfuscated_email_addresses_are_flagged(string text) => Assert.Contains(IdentifierKind.EmailAddress, KindsIn(text));

    [Theory]
    [InlineData("Kjetil er den som har hjulpet meg mest.")]
    [InlineData("Gubben hjalp meg med søknaden.")]
    [InlineData("Jeg snakker med Snuppa hver uke.")]
    [InlineData("Mustafa er den eneste som forstår meg.")]
    public void Names_first_in_a_sentence_or_after_a_verb_of_talking_are_flagged(string text) => Assert.Contains(IdentifierKind.PersonName, KindsIn(text));

    [Fact]
    public void A_platform_without_a_handle_is_not_flagged() => Assert.Empty(KindsIn("Kommunen burde være på snapchat."));

    [Theory]
    [InlineData("Fontenehuset har gitt meg en jobb.")]
    [InlineData("Vi møtes på Kafé Solsikken.")]
    [InlineData("Jeg trives på Sjøloftet.")]
    public void Named_meeting_places_are_flagged(string text) => Assert.Contains(IdentifierKind.MeetingPlace, KindsIn(text));

    [Theory]
    [InlineData("Jeg trenger Housing First.")]
    [InlineData("Legen ga meg Sobril og Imovane.")]
    [InlineData("Takk for en fin Høst.")]
    [InlineData("Jeg har fått hjelp av Hjemmetjenesten og Psykiatrien.")]
    [InlineData("Jeg gikk på kurset Mestring av Depresjon.")]
    public void Capitalised_common_nouns_drugs_seasons_and_loan_words_are_not_flagged(string text) => Assert.Empty(KindsIn(text));

    [Fact]
    public void Every_flag_names_its_detector_and_the_reason_never_contains_the_text()
    {
        const string text = "Takk til bjørn på natta! Jeg er 23, bor i møllevegen 22, snap: tobben_92, tlf 971 23 4 56.";
        var flags = Screener.FindFlags(text);
        Assert.True(flags.Count >= 5);
        foreach (var f in flags)
        {
            Assert.False(string.IsNullOrEmpty(f.Detector));
            var span = text.Substring(f.Start, f.Length);
            Assert.DoesNotContain(span, f.Reason, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(span, f.Detector, StringComparison.OrdinalIgnoreCase);
        }
    }
}
