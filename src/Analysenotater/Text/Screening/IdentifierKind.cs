namespace Analysenotater.Text.Screening;

/// <summary>The kind of identifying detail a <see cref="ScreeningFlag"/> points at.</summary>
public enum IdentifierKind
{
    /// <summary>A personal first name or surname from the shipped name lists.</summary>
    PersonName,

    /// <summary>A Norwegian municipality or larger place from the shipped place list.</summary>
    PlaceName,

    /// <summary>A Norwegian phone number (8 digits, with or without +47/0047 and spaces).</summary>
    PhoneNumber,

    /// <summary>An e-mail address.</summary>
    EmailAddress,

    /// <summary>A web address (it may point at a profile or a named service).</summary>
    WebAddress,

    /// <summary>A calendar date («12.03.2021», «3. mars»).</summary>
    Date,

    /// <summary>A stated age («jeg er 34 år», «34-åring»).</summary>
    Age,

    /// <summary>An 11-digit national identity number (fødselsnummer/D-nummer).</summary>
    NationalIdNumber,

    /// <summary>A staff role tied to a person («ruskonsulenten min Kari», «fastlegen dr. Olsen»).</summary>
    StaffRoleWithPerson,

    /// <summary>A named local service configured for the municipality («Losen»).</summary>
    LocalService,

    /// <summary>A capitalised word in mid-sentence that is in no list: an unknown proper noun (a name, a place or a service).</summary>
    UnknownProperNoun,

    /// <summary>A trait that makes the writer (or someone) the only one of a group or place («den eneste i rullestol på bofellesskapet», «bare meg som er døv av brukerne»).</summary>
    UniqueTrait,

    /// <summary>A personal event tied to a time («etter brannen i mars», «døydde 2. juledag»).</summary>
    DatedEvent,

    /// <summary>A staff member described by role and a distinguishing trait, without a name («overlegen, han med hestehale»).</summary>
    StaffDescription,

    /// <summary>A street address with a house number, in any case («møllevegen 22», «Nordre gate 23 B»).</summary>
    StreetAddress,

    /// <summary>A user name on a social-media or chat service («snap: tobben_92», «@karinordby»).</summary>
    SocialMediaHandle,

    /// <summary>A named local meeting place or venue («Fontenehuset», «Kafé Knekten», «Møteplassen Oasen»).</summary>
    MeetingPlace,

    /// <summary>A vehicle registration number («DN 48213», «EV 12345»).</summary>
    VehicleRegistration,

    /// <summary>A bank account number (11 digits with a valid control digit, or any number after «kontonummer»).</summary>
    AccountNumber,

    /// <summary>A relative described with a detail that singles the family out («broren min er lensmann her», «mora mi jobbar på DPS-et»).</summary>
    FamilyDetail,

    /// <summary>The respondent's own occupation or public office («jeg er rektor på en av skolene her», «eneste rørlegger i kommunen»).</summary>
    Occupation,

    /// <summary>A case, journal, customer or membership number after a keyword («saksnummer 22/04511», «kundenr. 558812»).</summary>
    CaseNumber,
}
