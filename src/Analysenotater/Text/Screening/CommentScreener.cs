using System.Text;
using System.Text.RegularExpressions;
using Analysenotater.Data;
using Analysenotater.Text.Tokenization;
using Lucene.Net.Analysis.No;

namespace Analysenotater.Text.Screening;

/// <summary>
/// Screens free-text comments before anything is shown. Flags personal names, place names, phone numbers, e-mail and
/// web addresses, dates, ages, national identity numbers (mod-11 control digits checked), staff roles tied to a person,
/// configured local services and unknown capitalised words in mid-sentence; each flag has a kind, a span and a reason.
/// A <see cref="ScreeningPolicy"/> then decides per comment: withhold (the default for any flag), redact or keep.
/// Words that are both common words and names or places («Liv», «Moss», «Hell», «Berg») are flagged only when
/// capitalised in mid-sentence, followed by a surname or tied to a title or staff role.
/// </summary>
public sealed partial class CommentScreener
{
    private static readonly HashSet<string> SentenceEnd = [".", "!", "?", ":", "•", "·", "*", "\u2022"];
    private static readonly HashSet<string> Openers = ["«", "\"", "(", "'", "“", "‘", "[", "-", "–", "—"];
    private static readonly HashSet<string> RoleLinkWords = ["min", "mi", "mitt", "mine", "vår", "vårt", "våre", "hans", "hennes", "han", "hun", "ho", "som", "heter", "het", "kalt", "dr", "doktor", "vår", "deres", "dykkar", "dykk", "var", "er", "sin", "si", "sitt"];
    private static readonly HashSet<string> PersonVerbs = ["er", "var", "har", "hadde", "sa", "sier", "ringte", "ringer", "hjalp", "hjelper", "jobber", "jobbet", "sluttet", "slutta", "kom", "kommer", "lytter", "lyttet", "forstår", "fortjener", "bryr", "tok", "tar", "gav", "ga", "gir", "svarer", "svarte", "heter", "bur", "bor", "hjelpte", "lyttar", "seier"];
    private static readonly HashSet<string> Titles = ["dr", "doktor", "fru", "frk", "herr", "hr"];

    /// <summary>Creates a screener.</summary>
    /// <param name="lexicon">The word lists; null for <see cref="ScreeningLexicon.Default"/>.</param>
    /// <param name="policy">The policy; null for <see cref="ScreeningPolicy.Default"/> (withhold any flagged comment).</param>
    public CommentScreener(ScreeningLexicon? lexicon = null, ScreeningPolicy? policy = null)
    {
        Lexicon = lexicon ?? ScreeningLexicon.Default;
        Policy = policy ?? ScreeningPolicy.Default;
        _services = [.. Lexicon.LocalServices.Select(s => NorwegianTokenizer.Words(s).ToArray()).Where(w => w.Length > 0)];
    }

    private readonly string[][] _services;

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
                    var (redacted, spans) = Redact(text, flags.Where(f => Policy.ActionFor(f.Kind) == ScreeningAction.Redact));
                    kept.Add(new ScreenedComment(row, redacted, decision, spans));
                    break;
                default:
                    break;
            }
        }

        return new ScreenedComments(questionId, kept, new ScreeningAuditLog(questionId, audit, Policy.Describe()));
    }

    /// <summary>Screens the text column <paramref name="column"/> of a dataset (row = dataset row).</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="InvalidOperationException">The column does not hold text.</exception>
    public ScreenedComments Screen(SurveyDataset data, string column)
    {
        ArgumentNullException.ThrowIfNull(data);
        var col = data[column] as TextColumn
            ?? throw new InvalidOperationException($"Column '{column}' holds {data[column].Kind} values, not text; only text columns can be screened.");
        return Screen(column, col.Values);
    }

    /// <summary>All identifying details found in <paramref name="text"/>, ordered by position.</summary>
    public IReadOnlyList<ScreeningFlag> FindFlags(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flags = new List<ScreeningFlag>();

        AddRegex(flags, text, EmailPattern(), IdentifierKind.EmailAddress, _ => "e-postadresse");
        AddRegex(flags, text, UrlPattern(), IdentifierKind.WebAddress, _ => "nettadresse");
        AddRegex(flags, text, NationalIdPattern(), IdentifierKind.NationalIdNumber, m =>
            NationalIdNumber.HasValidControlDigits(m.Groups["a"].Value + m.Groups["b"].Value)
                ? "fødselsnummer (11 sifre, kontrollsifrene stemmer)"
                : "11 sifre som ligner et fødselsnummer (kontrollsifrene stemmer ikke; mulig feilskrevet)");
        AddRegex(flags, text, PhonePattern(), IdentifierKind.PhoneNumber, _ => "telefonnummer (8 sifre)");
        AddRegex(flags, text, DatePattern(), IdentifierKind.Date, _ => "dato");
        AddRegex(flags, text, AgePattern(), IdentifierKind.Age, _ => "alder oppgitt");

        var tokens = NorwegianTokenizer.Tokenize(text);
        var words = new List<int>(); // token indices of words not inside a regex flag
        foreach (var (t, i) in tokens.Select((t, i) => (t, i)))
        {
            if (t.Kind == TokenKind.Word && !Overlaps(flags, t.Start, t.Length))
            {
                words.Add(i);
            }
        }

        var covered = new HashSet<int>();
        FlagServices(flags, tokens, words, covered);
        FlagPlaces(flags, text, tokens, words, covered);
        FlagRolesAndNames(flags, text, tokens, words, covered);
        FlagUnknownProperNouns(flags, text, tokens, words, covered);
        return [.. flags.OrderBy(f => f.Start).ThenBy(f => f.Kind)];
    }

    private void FlagServices(List<ScreeningFlag> flags, IReadOnlyList<Token> tokens, List<int> words, HashSet<int> covered)
    {
        foreach (var service in _services)
        {
            for (var w = 0; w + service.Length <= words.Count; w++)
            {
                var match = true;
                for (var k = 0; k < service.Length && match; k++)
                {
                    var lw = tokens[words[w + k]].Lower;
                    match = lw == service[k] || (k == service.Length - 1 && lw.StartsWith(service[k], StringComparison.Ordinal) && lw.Length <= service[k].Length + 3);
                }

                if (match)
                {
                    var first = tokens[words[w]];
                    var last = tokens[words[w + service.Length - 1]];
                    flags.Add(new ScreeningFlag(IdentifierKind.LocalService, first.Start, last.End - first.Start, "navngitt lokal tjeneste (konfigurert liste)"));
                    for (var k = 0; k < service.Length; k++)
                    {
                        covered.Add(words[w + k]);
                    }
                }
            }
        }
    }

    private void FlagPlaces(List<ScreeningFlag> flags, string text, IReadOnlyList<Token> tokens, List<int> words, HashSet<int> covered)
    {
        for (var w = 0; w < words.Count; w++)
        {
            if (covered.Contains(words[w]))
            {
                continue;
            }

            for (var n = Math.Min(Lexicon.MaxPlaceWords, words.Count - w); n >= 1; n--)
            {
                if (n > 1 && !Consecutive(tokens, words, w, n))
                {
                    continue;
                }

                var phrase = string.Join(' ', Enumerable.Range(w, n).Select(k => tokens[words[k]].Lower));
                var first = tokens[words[w]];
                var found = Lexicon.Places.Contains(phrase);
                if (!found && n == 1 && phrase.Length > 3 && phrase.EndsWith('s') && Lexicon.Places.Contains(phrase[..^1]) && !Lexicon.CommonWords.Contains(phrase[..^1]))
                {
                    found = true; // genitive: «Bergens»
                }

                if (!found)
                {
                    if (n == 1 && first.Lower.Contains('-', StringComparison.Ordinal) && HyphenPartIsPlace(first))
                    {
                        flags.Add(new ScreeningFlag(IdentifierKind.PlaceName, first.Start, first.Length, "stedsnavn i sammensatt ord"));
                        covered.Add(words[w]);
                    }

                    continue;
                }

                if (n == 1 && Lexicon.CommonWords.Contains(phrase) && !(first.IsCapitalized && !IsSentenceInitial(text, tokens, words[w])))
                {
                    continue;
                }

                var last = tokens[words[w + n - 1]];
                var why = n == 1 && Lexicon.CommonWords.Contains(phrase) ? "stedsnavn som også er et vanlig ord, med stor forbokstav midt i setningen" : "stedsnavn i stedslista (kommuner 2024 og større steder)";
                flags.Add(new ScreeningFlag(IdentifierKind.PlaceName, first.Start, last.End - first.Start, why));
                for (var k = 0; k < n; k++)
                {
                    covered.Add(words[w + k]);
                }

                w += n - 1;
                break;
            }
        }
    }

    private bool HyphenPartIsPlace(Token t)
    {
        var parts = t.Text.Split('-');
        return parts.Any(p => p.Length > 1 && Lexicon.Places.Contains(NorwegianTokenizer.Lower(p))
            && (!Lexicon.CommonWords.Contains(NorwegianTokenizer.Lower(p)) || char.IsUpper(p[0])));
    }

    private void FlagRolesAndNames(List<ScreeningFlag> flags, string text, IReadOnlyList<Token> tokens, List<int> words, HashSet<int> covered)
    {
        for (var w = 0; w < words.Count; w++)
        {
            var ti = words[w];
            var t = tokens[ti];

            // Titles «dr. Olsen» and staff roles followed by a person («ruskonsulenten min Kari»).
            var isTitle = Titles.Contains(t.Lower);
            if (isTitle || Lexicon.StaffRoles.Contains(t.Lower))
            {
                var end = FindPersonAfterRole(text, tokens, ti, isTitle ? 1 : 3);
                if (end >= 0)
                {
                    flags.Add(new ScreeningFlag(IdentifierKind.StaffRoleWithPerson, t.Start, tokens[end].End - t.Start,
                        isTitle ? "tittel foran et navn" : "yrkesrolle knyttet til en navngitt person"));
                    for (var k = ti; k <= end; k++)
                    {
                        covered.Add(k);
                    }

                    continue;
                }
            }

            if (covered.Contains(ti))
            {
                continue;
            }

            var reason = NameReason(text, tokens, words, w);
            if (reason is not null)
            {
                flags.Add(new ScreeningFlag(IdentifierKind.PersonName, t.Start, t.Length, reason));
                covered.Add(ti);
            }
        }
    }

    private int FindPersonAfterRole(string text, IReadOnlyList<Token> tokens, int roleIndex, int maxLinks)
    {
        var links = 0;
        for (var k = roleIndex + 1; k < tokens.Count && links <= maxLinks; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation)
            {
                if (t.Text is "." or "," && links <= maxLinks)
                {
                    if (t.Text == "." && !Titles.Contains(tokens[k - 1].Lower))
                    {
                        return -1; // sentence ended
                    }

                    links++;
                    continue;
                }

                return -1;
            }

            if (t.Kind != TokenKind.Word)
            {
                return -1;
            }

            if (IsPersonLike(t))
            {
                return k;
            }

            if (!RoleLinkWords.Contains(t.Lower) && !Titles.Contains(t.Lower))
            {
                return -1;
            }

            links++;
        }

        return -1;
    }

    private bool IsPersonLike(Token t)
    {
        var lw = StripPossessive(t.Lower);
        var listed = Lexicon.FirstNames.Contains(lw) || Lexicon.Surnames.Contains(lw);
        if (listed && !Lexicon.CommonWords.Contains(lw))
        {
            return true;
        }

        return t.IsCapitalized && !t.IsAllCaps && !Lexicon.AllowedCapitalized.Contains(t.Lower) && !Lexicon.StaffRoles.Contains(t.Lower)
            && !Stop.Contains(t.Lower);
    }

    private string? NameReason(string text, IReadOnlyList<Token> tokens, List<int> words, int w)
    {
        var t = tokens[words[w]];
        var lw = t.Lower;
        if (t.IsAllCaps && Lexicon.AllowedCapitalized.Contains(lw))
        {
            return null;
        }

        foreach (var candidate in NameCandidates(t))
        {
            var first = Lexicon.FirstNames.Contains(candidate);
            var sur = Lexicon.Surnames.Contains(candidate);
            if (!first && !sur)
            {
                continue;
            }

            var what = first ? "fornavn i navnelista" : "etternavn i navnelista";
            var common = Lexicon.CommonWords.Contains(candidate) || Stop.Contains(candidate);
            if (!common)
            {
                return t.IsCapitalized ? what : what + " (skrevet med liten forbokstav)";
            }

            // A common word too: only by case and context.
            if (!t.IsCapitalized)
            {
                continue;
            }

            if (!IsSentenceInitial(text, tokens, words[w]))
            {
                return what + " som også er et vanlig ord, med stor forbokstav midt i setningen";
            }

            if (w + 1 < words.Count && words[w + 1] == words[w] + 1 && tokens[words[w + 1]].IsCapitalized
                && Lexicon.Surnames.Contains(StripPossessive(tokens[words[w + 1]].Lower)))
            {
                return what + " som også er et vanlig ord, fulgt av et etternavn";
            }

            if (first && w + 1 < words.Count && words[w + 1] == words[w] + 1 && PersonVerbs.Contains(tokens[words[w + 1]].Lower))
            {
                return what + " som også er et vanlig ord, først i setningen og fulgt av et verb som brukes om personer";
            }
        }

        return null;
    }

    private static IEnumerable<string> NameCandidates(Token t)
    {
        yield return t.Lower;
        var stripped = StripPossessive(t.Lower);
        if (stripped != t.Lower)
        {
            yield return stripped;
        }

        if (t.Lower.Contains('-', StringComparison.Ordinal))
        {
            foreach (var p in t.Lower.Split('-'))
            {
                if (p.Length > 1)
                {
                    yield return p;
                }
            }
        }
    }

    private static string StripPossessive(string lw)
    {
        if (lw.EndsWith("'s", StringComparison.Ordinal) || lw.EndsWith("’s", StringComparison.Ordinal))
        {
            return lw[..^2];
        }

        return lw.Length > 3 && lw.EndsWith('s') ? lw[..^1] : lw;
    }

    private void FlagUnknownProperNouns(List<ScreeningFlag> flags, string text, IReadOnlyList<Token> tokens, List<int> words, HashSet<int> covered)
    {
        foreach (var ti in words)
        {
            var t = tokens[ti];
            if (covered.Contains(ti) || !t.IsCapitalized || t.IsAllCaps || t.Length < 2 || Overlaps(flags, t.Start, t.Length))
            {
                continue;
            }

            var lw = t.Lower;
            if (Lexicon.AllowedCapitalized.Contains(lw) || Lexicon.StaffRoles.Contains(lw) || Stop.Contains(lw) || Lexicon.CommonWords.Contains(lw)
                || IsSentenceInitial(text, tokens, ti))
            {
                continue;
            }

            var head = lw.Split('-')[0];
            if (Lexicon.AllowedCapitalized.Contains(head))
            {
                continue;
            }

            flags.Add(new ScreeningFlag(IdentifierKind.UnknownProperNoun, t.Start, t.Length, "ukjent ord med stor forbokstav midt i setningen (mulig navn, sted eller tjeneste)"));
        }
    }

    private static bool Consecutive(IReadOnlyList<Token> tokens, List<int> words, int w, int n)
    {
        for (var k = 1; k < n; k++)
        {
            if (words[w + k] != words[w] + k)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the token starts a sentence: first word, or after . ! ? : or a bullet, or on a new line.</summary>
    private static bool IsSentenceInitial(string text, IReadOnlyList<Token> tokens, int ti)
    {
        var k = ti - 1;
        while (k >= 0 && tokens[k].Kind == TokenKind.Punctuation && Openers.Contains(tokens[k].Text))
        {
            k--;
        }

        if (k < 0)
        {
            return true;
        }

        var prev = tokens[k];
        if (prev.Kind == TokenKind.Emoji)
        {
            return true;
        }

        if (text.AsSpan(prev.End, tokens[ti].Start - prev.End).Contains('\n'))
        {
            return true;
        }

        return prev.Kind == TokenKind.Punctuation && SentenceEnd.Contains(prev.Text);
    }

    private static bool Overlaps(List<ScreeningFlag> flags, int start, int length) =>
        flags.Any(f => start < f.End && f.Start < start + length);

    private static void AddRegex(List<ScreeningFlag> flags, string text, Regex regex, IdentifierKind kind, Func<Match, string> reason)
    {
        foreach (Match m in regex.Matches(text))
        {
            if (!Overlaps(flags, m.Index, m.Length))
            {
                flags.Add(new ScreeningFlag(kind, m.Index, m.Length, reason(m)));
            }
        }
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
        _ => "fjernet",
    };

    private static readonly HashSet<string> Stop = BuildStop();

    private static HashSet<string> BuildStop() => new(NorwegianAnalyzer.DefaultStopSet, StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""«»]+[^\s<>""«».,;:!?)]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(?<![\d])(?<a>\d{6})[ ]?(?<b>\d{5})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NationalIdPattern();

    [GeneratedRegex(@"(?<![\d+])(?:(?:\+|00)\s?47[\s.\-]?)?(?:[2-9]\d{7}|[2-9]\d{2}[ .\-]\d{2}[ .\-]\d{3}|[2-9]\d[ .\-]\d{2}[ .\-]\d{2}[ .\-]\d{2}|[2-9]\d{3}[ .\-]\d{4})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?<!\d)(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s*(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|apr|jun|jul|aug|sep|sept|okt|nov|des)\b(?:\s+\d{4})?)(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b(?:fyller|fylte|fylt|fyll)\s+\d{1,3}(?:\s*år)?\b|\b(?:er|var|blir|ble|vert|vart|snart|nesten|bare|kun)\s+\d{1,3}\s*(?:år|åring)\b(?!\s+(?:siden|sidan|til|igjen|etter|uten|utan))|\b\d{1,3}\s*år\s+gam(?:mel|mal|le|al)\b|\b\d{1,3}\s?-?\s?åring(?:en|er|ar)?\b|\balder\s*:?\s*\d{1,3}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgePattern();
}
