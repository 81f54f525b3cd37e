using System.Text;
using Analysenotater.Data;
using Analysenotater.Text.Screening.Detectors;

namespace Analysenotater.Text.Screening;

/// <summary>
/// Screens free-text comments before anything is shown. Detectors (under <c>Detectors/</c>) flag e-mail and web
/// addresses, social-media handles, national identity numbers (mod-11 checked), dates and dated personal events,
/// phone numbers (public helplines excepted), ages and birth years, street addresses, places and named meeting places,
/// names and nicknames by list and context, staff roles tied to a name or described by a trait, uniqueness phrases tied
/// to a place or group, and unknown capitalised words; each flag has a kind, a span, a reason, the detector's name and a
/// certainty, never the text. A <see cref="ScreeningPolicy"/> then decides per comment: withhold (the default, on any
/// doubt under <see cref="ScreeningPolicy.Strict"/>), redact or keep. See docs/screening.md for the rules and the
/// measured precision and recall.
/// </summary>
public sealed class CommentScreener
{
    /// <summary>Creates a screener.</summary>
    /// <param name="lexicon">The word lists; null for <see cref="ScreeningLexicon.Default"/>.</param>
    /// <param name="policy">The policy; null for <see cref="ScreeningPolicy.Default"/> (withhold any flagged comment).</param>
    public CommentScreener(ScreeningLexicon? lexicon = null, ScreeningPolicy? policy = null)
    {
        Lexicon = lexicon ?? ScreeningLexicon.Default;
        Policy = policy ?? ScreeningPolicy.Default;
    }

    /// <summary>The shipped lists with the default policy.</summary>
    public static CommentScreener Default { get; } = new();

    /// <summary>The word lists used.</summary>
    public ScreeningLexicon Lexicon { get; }

    /// <summary>The policy used.</summary>
    public ScreeningPolicy Policy { get; }

    /// <summary>Screens one question's comments; the row of a comment is its index in <paramref name="texts"/>. Null or blank texts are no answer and are not logged.</summary>
    /// <param name="questionId">The question (column) the comments answer; printed with every result.</param>
    /// <param name="texts">One entry per respondent.</param>
    public ScreenedComments Screen(string questionId, IReadOnlyList<string?> texts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(questionId);
        ArgumentNullException.ThrowIfNull(texts);
        var kept = new List<ScreenedComment>();
        var audit = new List<ScreeningAuditEntry>();
        for (var row = 0; row < texts.Count; row++)
        {
            var text = texts[row];
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var flags = FindFlags(text);
            var decision = Policy.Decide(flags);
            audit.Add(new ScreeningAuditEntry(row, decision, flags));
            switch (decision)
            {
                case ScreeningAction.Keep:
                    kept.Add(new ScreenedComment(row, text, decision, []));
                    break;
                case ScreeningAction.Redact:
                    var (redacted, spans) = Redact(text, flags.Where(f => Policy.Counts(f) && Policy.ActionFor(f.Kind) == ScreeningAction.Redact));
                    kept.Add(new ScreenedComment(row, redacted, decision, spans));
                    break;
                default:
                    break;
            }
        }

        return new ScreenedComments(questionId, kept, new ScreeningAuditLog(questionId, audit, Policy.Describe()), texts.Count, texts.Count);
    }

    /// <summary>Screens the text column <paramref name="column"/> of a dataset (row = dataset row).</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="InvalidOperationException">The column does not hold text.</exception>
    public ScreenedComments Screen(SurveyDataset data, string column)
    {
        ArgumentNullException.ThrowIfNull(data);
        var col = data[column] as TextColumn
            ?? throw new InvalidOperationException($"Column '{column}' holds {data[column].Kind} values, not text; only text columns can be screened.");
        var all = Screen(column, col.Values);

        // Every respondent's text is one group of the dataset's release ledger: a screening of a subset of the same
        // import (everyone but a few) cannot be differenced with this one. A run smaller than the distributions
        // threshold is not recorded: every subset and group of it is withheld by its own rule anyway.
        var run = new ScreenedComments(column, all.Comments, all.Audit, all.Rows, all.Rows, null, null, data);
        var policy = Disclosure.AnalysisContext.Default.Disclosure;
        var withheld = all.Rows >= policy.MinimumForDistributions && run.SettleWithLedger(_ => 0, [Disclosure.DisclosureLevel.Full], policy)[0];
        return withheld ? new ScreenedComments(column, all.Comments, all.Audit, all.Rows, all.Rows, null, ScreenedComments.LedgerNote(column), data) : run;
    }

    /// <summary>All identifying details found in <paramref name="text"/>, ordered by position. Detectors run in a fixed
    /// order (contacts, identity numbers, dates and dated events, phone numbers, ages, addresses, places and meeting
    /// places, names, uniqueness phrases, staff descriptions, unknown capitalised words); a span already flagged is not
    /// flagged again.</summary>
    public IReadOnlyList<ScreeningFlag> FindFlags(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = new ScreeningText(text, Lexicon);
        ContactDetector.Detect(s);
        NumberDetector.DetectIds(s);
        DateDetector.Detect(s);
        NumberDetector.DetectPhones(s);
        NumberDetector.DetectVehiclesAndAccounts(s);
        AgeDetector.Detect(s);
        AddressDetector.Detect(s);
        PlaceDetector.Detect(s);
        PersonDetector.Detect(s);
        UniquenessDetector.Detect(s);
        FamilyDetailDetector.Detect(s);
        OccupationDetector.Detect(s);
        StaffDescriptionDetector.Detect(s);
        UnknownWordDetector.Detect(s);
        return [.. s.Flags.OrderBy(f => f.Start).ThenBy(f => f.Kind)];
    }

    private static (string Text, IReadOnlyList<Range> Spans) Redact(string text, IEnumerable<ScreeningFlag> flags)
    {
        var sb = new StringBuilder();
        var spans = new List<Range>();
        var pos = 0;
        foreach (var f in flags.OrderBy(f => f.Start))
        {
            if (f.Start < pos)
            {
                continue;
            }

            sb.Append(text, pos, f.Start - pos);
            var marker = "[" + Marker(f.Kind) + "]";
            spans.Add(new Range(sb.Length, sb.Length + marker.Length));
            sb.Append(marker);
            pos = f.End;
        }

        sb.Append(text, pos, text.Length - pos);
        return (sb.ToString(), spans);
    }

    private static string Marker(IdentifierKind kind) => kind switch
    {
        IdentifierKind.PersonName => "navn",
        IdentifierKind.PlaceName => "sted",
        IdentifierKind.PhoneNumber => "telefon",
        IdentifierKind.EmailAddress => "e-post",
        IdentifierKind.WebAddress => "nettadresse",
        IdentifierKind.Date => "dato",
        IdentifierKind.Age => "alder",
        IdentifierKind.NationalIdNumber => "fødselsnummer",
        IdentifierKind.StaffRoleWithPerson => "ansatt",
        IdentifierKind.LocalService => "tjeneste",
        IdentifierKind.UniqueTrait => "kjennetegn",
        IdentifierKind.DatedEvent => "hendelse",
        IdentifierKind.StaffDescription => "ansatt",
        IdentifierKind.StreetAddress => "adresse",
        IdentifierKind.SocialMediaHandle => "brukernavn",
        IdentifierKind.MeetingPlace => "møtested",
        IdentifierKind.VehicleRegistration => "bilnummer",
        IdentifierKind.AccountNumber => "kontonummer",
        IdentifierKind.FamilyDetail => "familie",
        IdentifierKind.Occupation => "yrke",
        IdentifierKind.CaseNumber => "saksnummer",
        _ => "fjernet",
    };
}
