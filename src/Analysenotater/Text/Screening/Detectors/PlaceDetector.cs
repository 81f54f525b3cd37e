using Analysenotater.Text.Tokenization;

namespace Analysenotater.Text.Screening.Detectors;

/// <summary>
/// Places and named meeting places: configured local services, the shipped meeting-place names («Fontenehuset»),
/// venue names built from a venue word and a name («Kafé Knekten», «Møteplassen Oasen», «Kvisten verksted»),
/// capitalised venue compounds («Sjøbua», «Perlehuset»), and place names from the place list (municipalities 2024 and
/// larger places; words that are also common words only when capitalised mid-sentence).
/// </summary>
internal static class PlaceDetector
{
    /// <summary>Venue words that, next to a capitalised name, make a named place («Kafé Knekten», «Kvisla møteplass»).</summary>
    private static readonly HashSet<string> VenueWords =
    [
        "kafé", "kafe", "café", "cafe", "kaffebar", "kafeen", "kaféen", "møteplass", "møteplassen", "varmestue", "varmestua", "treffsted", "treffstedet",
        "værested", "værestedet", "verksted", "verkstedet", "klubb", "klubben", "huset", "senteret", "senter", "stiftelsen", "foreningen", "kro", "kroa",
        "puben", "pub", "brygge", "brygga", "bua", "stua", "loftet", "kjelleren", "møtested", "møtestedet",
    ];

    /// <summary>Heads of venue compounds («Sjøbua», «Perlehuset», «Bryggeloftet», «Fyrtårnet»).</summary>
    private static readonly string[] VenueHeads =
    [
        "huset", "hus", "stua", "stuen", "bua", "buen", "loftet", "kafeen", "kaféen", "kroken", "tunet", "gården", "garden", "brygga", "bryggen", "fyret",
        "tårnet", "kjelleren", "treffet", "treffen", "plassen", "oasen", "havna", "havnen", "hjørnet", "redet", "stasjonen", "låven", "låvan", "kroa",
    ];

    /// <summary>Heads that make a capitalised compound a generic public service, not a named place («Dagsenteret», «Aktivitetshuset»).</summary>
    private static readonly string[] GenericServices = ["dagsenteret", "aktivitetshuset", "aktivitetshus", "sykehuset", "sjukehuset", "rådhuset", "kommunehuset", "helsehuset", "legehuset", "ungdomshuset", "kulturhuset", "bydelshuset", "fengselet"];

    public static void Detect(ScreeningText s)
    {
        LocalServices(s);
        MeetingPlaces(s);
        Places(s);
        PlacesByContext(s);
    }

    private static readonly HashSet<string> LivingVerbs = ["bor", "bur", "bodde", "budde", "bo", "flytta", "flyttet", "flytte", "flytter", "flyttar", "kommer", "kjem", "kom", "pendler", "pendlar", "reiser", "reiste", "oppvokst", "vokste", "vaks", "her", "hjemme", "heime", "vi", "me", "oss"];

    /// <summary>«bor i X», «bur på X», «flyttet fra X», «her i X», «vi på X»: a capitalised word (or any word not in the word list) after a living verb and a place preposition is a place.</summary>
    private static void PlacesByContext(ScreeningText s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsWord(i) || s.Covered(i))
            {
                continue;
            }

            var prep = s.PrevWord(i);
            var verb = prep >= 0 ? s.PrevWord(prep) : -1;
            if (prep < 0 || verb < 0 || s.Lower(prep) is not ("i" or "på" or "til" or "fra" or "frå" or "te" or "ifra") || !LivingVerbs.Contains(s.Lower(verb)))
            {
                continue;
            }

            var t = s.Tokens[i];
            var lw = t.Lower;
            if (NorwegianGrammarWords.Function.Contains(lw) || t.IsAllCaps || s.Lexicon.AllowedCapitalized.Contains(lw) || s.IsCalendarWord(i))
            {
                continue;
            }

            if (t.IsCapitalized && !s.IsSentenceInitial(i))
            {
                s.AddTokens(IdentifierKind.PlaceName, i, i, "ord med stor forbokstav etter «bor i», «flyttet fra» o.l. (stedsnavn)", "sted-kontekst");
            }
            else if (!t.IsCapitalized && !s.IsCommonOrCompound(lw) && lw.Length > 2)
            {
                s.AddTokens(IdentifierKind.PlaceName, i, i, "ukjent ord etter «bor i», «flyttet fra» o.l. (mulig stedsnavn)", "sted-kontekst", ScreeningCertainty.Doubtful);
            }
        }
    }

    private static void LocalServices(ScreeningText s)
    {
        foreach (var service in s.Lexicon.LocalServices.Select(x => NorwegianTokenizer.Words(x).ToArray()).Where(w => w.Length > 0))
        {
            MatchPhrase(s, service, IdentifierKind.LocalService, "navngitt lokal tjeneste (konfigurert liste)", "lokal-tjeneste");
        }
    }

    // «Treffstedet», «Værestedet»: a proper name when capitalised mid-sentence, doubtful first in a sentence, and the
    // ordinary noun in lower case («kommer ikke inn på treffstedet»).
    private static void GenericMeetingPlace(ScreeningText s, string word)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsWord(i) || s.Lower(i) != word || !s.Tokens[i].IsCapitalized)
            {
                continue;
            }

            var initial = s.IsSentenceInitial(i);
            s.AddTokens(IdentifierKind.MeetingPlace, i, i, initial ? "møtested med et vanlig navn først i setningen" : "møtested med et vanlig navn, skrevet med stor forbokstav midt i setningen", "møtested",
                initial ? ScreeningCertainty.Doubtful : ScreeningCertainty.Certain);
        }
    }

    private static void MatchPhrase(ScreeningText s, string[] phrase, IdentifierKind kind, string reason, string detector)
    {
        for (var i = 0; i + phrase.Length <= s.Tokens.Count; i++)
        {
            var match = true;
            var k = i;
            for (var p = 0; p < phrase.Length && match; p++, k++)
            {
                if (!s.IsWord(k))
                {
                    match = false;
                    break;
                }

                var lw = s.Lower(k);
                match = lw == phrase[p] || (p == phrase.Length - 1 && lw.StartsWith(phrase[p], StringComparison.Ordinal) && lw.Length <= phrase[p].Length + 3);
            }

            if (match)
            {
                s.AddTokens(kind, i, i + phrase.Length - 1, reason, detector);
            }
        }
    }

    private static void MeetingPlaces(ScreeningText s)
    {
        foreach (var name in s.Lexicon.MeetingPlaces)
        {
            var words = name.Split(' ');
            if (words.Length == 1 && s.IsCommonWord(words[0]))
            {
                GenericMeetingPlace(s, words[0]);
                continue;
            }

            MatchPhrase(s, words, IdentifierKind.MeetingPlace, "navngitt møtested (liste over møtesteder)", "møtested");
        }

        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsWord(i) || s.Covered(i))
            {
                continue;
            }

            var t = s.Tokens[i];
            var lw = t.Lower;

            // «Kafé Knekten», «Møteplassen Oasen», «Varmestua Solstreif»: a venue word followed by a capitalised word.
            var next = i + 1 < s.Tokens.Count && s.IsWord(i + 1) ? i + 1 : -1;
            if (VenueWords.Contains(lw) && next >= 0 && s.Tokens[next].IsCapitalized && !s.Tokens[next].IsAllCaps
                && !NorwegianGrammarWords.Function.Contains(s.Lower(next)) && !s.Lexicon.AllowedCapitalized.Contains(s.Lower(next)))
            {
                var last = next;
                if (last + 1 < s.Tokens.Count && s.IsWord(last + 1) && s.Tokens[last + 1].IsCapitalized && !NorwegianGrammarWords.Function.Contains(s.Lower(last + 1)))
                {
                    last++; // «Åpen Dør»
                }

                s.AddTokens(IdentifierKind.MeetingPlace, i, last, "stedsord fulgt av et navn med stor forbokstav (navngitt møtested)", "møtested");
                continue;
            }

            // «Kvisten verksted», «Kvisla møteplass»: a capitalised word followed by a venue word.
            if (t.IsCapitalized && !t.IsAllCaps && next >= 0 && VenueWords.Contains(s.Lower(next)) && !s.Tokens[next].IsCapitalized
                && !NorwegianGrammarWords.Function.Contains(lw) && !s.Lexicon.AllowedCapitalized.Contains(lw) && !s.Lexicon.StaffRoles.Contains(lw) && !IsAdjectiveLike(lw))
            {
                s.AddTokens(IdentifierKind.MeetingPlace, i, next, "navn med stor forbokstav fulgt av et stedsord (navngitt møtested)", "møtested");
                continue;
            }

            // «Sjøbua», «Perlehuset», «Fyrtårnet»: a capitalised venue compound (not a generic service such as «Dagsenteret»).
            if (t.IsCapitalized && !t.IsAllCaps && IsVenueCompound(lw) && !s.Lexicon.AllowedCapitalized.Contains(lw) && !GenericServices.Any(g => lw.EndsWith(g, StringComparison.Ordinal)))
            {
                var known = s.IsCommonWord(lw);
                s.AddTokens(IdentifierKind.MeetingPlace, i, i, known ? "stedsord med stor forbokstav (mulig navngitt møtested)" : "sammensatt stedsnavn med stor forbokstav (navngitt møtested)",
                    "møtested", known && s.IsSentenceInitial(i) ? ScreeningCertainty.Doubtful : ScreeningCertainty.Certain);
            }
        }
    }

    private static bool IsAdjectiveLike(string lw) => lw.EndsWith("ende", StringComparison.Ordinal) || lw.EndsWith("ig", StringComparison.Ordinal) || lw.EndsWith("ige", StringComparison.Ordinal)
        || lw.EndsWith("isk", StringComparison.Ordinal) || lw.EndsWith("iske", StringComparison.Ordinal) || lw is "nytt" or "nye" or "ny" or "gamle" or "gammelt" or "eget" or "egne" or "kommunens" or "kommunalt" or "et" or "eit";

    private static bool IsVenueCompound(string lw)
    {
        foreach (var head in VenueHeads)
        {
            if (lw.Length >= head.Length + 3 && lw.EndsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void Places(ScreeningText s)
    {
        var lex = s.Lexicon;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsWord(i) || s.Covered(i))
            {
                continue;
            }

            for (var n = Math.Min(lex.MaxPlaceWords, s.Tokens.Count - i); n >= 1; n--)
            {
                if (!Enumerable.Range(i, n).All(s.IsWord))
                {
                    continue;
                }

                var phrase = string.Join(' ', Enumerable.Range(i, n).Select(s.Lower));
                var first = s.Tokens[i];
                var found = lex.Places.Contains(phrase);
                if (!found && n == 1 && phrase.Length > 3 && phrase.EndsWith('s') && lex.Places.Contains(phrase[..^1]) && !lex.CommonWords.Contains(phrase[..^1]))
                {
                    found = true; // genitive: «Bergens»
                }

                if (!found)
                {
                    if (n == 1 && first.Lower.Contains('-', StringComparison.Ordinal) && HyphenPartIsPlace(s, first))
                    {
                        s.AddTokens(IdentifierKind.PlaceName, i, i, "stedsnavn i sammensatt ord", "stedsliste");
                    }

                    continue;
                }

                if (n == 1 && lex.CommonWords.Contains(phrase) && !(first.IsCapitalized && !s.IsSentenceInitial(i)))
                {
                    continue;
                }

                var why = n == 1 && lex.CommonWords.Contains(phrase) ? "stedsnavn som også er et vanlig ord, med stor forbokstav midt i setningen" : "stedsnavn i stedslista (kommuner 2024 og større steder)";
                s.AddTokens(IdentifierKind.PlaceName, i, i + n - 1, why, "stedsliste");
                i += n - 1;
                break;
            }
        }
    }

    private static bool HyphenPartIsPlace(ScreeningText s, Token t)
    {
        var parts = t.Text.Split('-');
        return parts.Any(p => p.Length > 1 && s.Lexicon.Places.Contains(NorwegianTokenizer.Lower(p))
            && (!s.Lexicon.CommonWords.Contains(NorwegianTokenizer.Lower(p)) || char.IsUpper(p[0])));
    }
}
