using Analysenotater.Text.Tokenization;

namespace Analysenotater.Text.Screening.Detectors;

/// <summary>
/// Personal names and nicknames, decided by list and context. A name from the name lists that is not also a common
/// word is flagged in any case. A name that is also a common word («Liv», «Hans», «Bjørn», «Ola», «Dag», «Stein») and
/// any other word (a nickname: «Tobben», «Tussa», «kjeks») is flagged only in a name context: capitalised mid-sentence,
/// before a surname, after «takk (til)», «hilsen», «spør etter», «snakk med», at the start of a sentence before
/// «på/i/fra» + a workplace («Liv på dagsenteret», «Hans på natta», «Tobben på verkstedet»), or before a verb only
/// people do («Ola hjalp meg»). Also staff roles or titles followed by a name («ruskonsulenten min Kari», «dr. Olsen»)
/// and capitalised words in mid-sentence that are in no word list (possible names, places or services).
/// </summary>
internal static class PersonDetector
{
    private static readonly HashSet<string> Titles = ["dr", "doktor", "fru", "frk", "herr", "hr"];

    private static readonly HashSet<string> RoleLinkWords = ["min", "mi", "mitt", "mine", "vår", "vårt", "våre", "hans", "hennes", "han", "hun", "ho", "hu", "som", "heter", "het", "kalt", "dr", "doktor", "deres", "dykkar", "dykk", "var", "er", "sin", "si", "sitt"];

    private static readonly HashSet<string> CueLinks = ["til", "te", "tel", "etter", "med", "på", "for"];

    private static readonly HashSet<string> NotAfterCue = ["alle", "dere", "dokker", "dykk", "deg", "dæ", "meg", "mæ", "oss", "de", "dei", "dem", "personalet", "ansatte", "staben", "gjengen", "folk", "noen", "nokon", "ingen", "for", "fra", "frå", "til", "te", "meg", "hjelpen", "hjelpa", "kommunen", "at", "og", "å"];

    /// <summary>Places where staff work or residents live, as the head of «X på …» («natta», «kontoret», «hjemmetjenesten»).</summary>
    private static readonly string[] WorkplaceHeads =
    [
        "tjeneste", "tjenesten", "tjenesta", "teneste", "tenesta", "team", "teamet", "senter", "senteret", "kontor", "kontoret", "avdeling", "avdelingen",
        "avdelinga", "post", "posten", "vakt", "vakta", "vakten", "natt", "natta", "natten", "huset", "stua", "stuen", "kjøkken", "kjøkkenet", "lager", "lageret",
        "verksted", "verkstedet", "resepsjon", "resepsjonen", "jobb", "jobben", "kafé", "kafe", "kafeen", "kaféen", "basen", "sentralen", "bofellesskapet",
        "boligen", "bustaden", "institusjonen", "skolen", "heimen", "hjemmet", "legekontoret", "legevakta", "legevakten", "sykehuset", "sjukehuset",
        "avrusningen", "avrusninga", "avrusinga", "nav", "dps", "bup", "boteamet", "rehab", "rehaben", "klinikken", "klinikk", "stasjonen", "bua",
        "gården", "garden", "tunet", "verkstaden", "lagret", "dagsenteret", "butikken", "vaskeriet", "snekkerverkstedet", "kjelleren", "kantina", "kantinen", "kantine", "kiosken", "skranken", "luka", "mottaket", "mottak", "sentralbordet", "fabrikken", "helgevakt", "kveldsvakt", "dagvakt", "morgenvakt",
    ];

    /// <summary>Predicates said of people («er den beste», «er snill», «e en knupp»).</summary>
    private static readonly HashSet<string> PersonPredicates =
    [
        "snill", "snille", "snilleste", "grei", "greie", "greieste", "flink", "flinke", "flinkeste", "streng", "rettferdig", "hyggelig", "hyggeligste", "blid",
        "blide", "sur", "frekk", "frekke", "knupp", "engel", "klippe", "skatt", "gull", "best", "beste", "smil", "smilet", "grunnen",
        "tålmodig", "morsom", "morsomme", "herlig", "herlige", "fantastisk", "fantastiske", "raus", "varm", "omsorgsfull", "søt", "kjekk", "kul", "drittsekk",
        "idiot", "stjerne", "perle", "helten", "kjempegrei", "kjempesnill", "verdens", "han", "hun", "ho", "hu",
        "prat", "klem", "ros", "medalje", "lønnsøkning", "lønnsauke", "sparken", "pris", "applaus", "tid", "alltid", "aldri", "gode", "godt",
    ];

    public static void Detect(ScreeningText s)
    {
        RolesAndTitlesWithNames(s);
        ListedNames(s);
        ContextNames(s);
        NameChains(s);
        DoubtfulListedNames(s);
        CalledNames(s);
    }

    private static readonly HashSet<string> CalledCues = ["kaller", "kalla", "kalte", "kalles", "kallast", "kallenavn", "kallenavnet", "kallenamn", "kallenamnet", "oppnavn", "oppnavnet", "klengenavn", "klengenavnet"];

    private static readonly HashSet<string> Pets = ["hunden", "hund", "bikkja", "bikkjen", "katten", "katt", "katta", "pusen", "pusi", "hesten", "hest", "valpen", "kattungen", "kaninen", "papegøyen", "undulaten", "marsvinet", "bikkja", "hunden min", "vovsen"];

    // «Gutta kaller meg Lillemor», «kallenavnet mitt er Pusen», «hunden min Bella», «katten vår som heter Pelle».
    private static void CalledNames(ScreeningText s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsWord(i))
            {
                continue;
            }

            var lw = s.Lower(i);
            var called = CalledCues.Contains(lw);
            var pet = Pets.Contains(lw);
            if (!called && !pet)
            {
                continue;
            }

            var links = 0;
            for (var k = s.NextWord(i); k >= 0 && links <= 3 && s.Sentence[k] == s.Sentence[i]; k = s.NextWord(k), links++)
            {
                var t = s.Tokens[k];
                var tl = t.Lower;
                if (tl is "meg" or "mæ" or "han" or "ho" or "hun" or "henne" or "hu" or "oss" or "min" or "mi" or "mitt" or "vår" or "er" or "e" or "som" or "heter" or "het" or "for" or "bare" or "berre")
                {
                    continue;
                }

                if (s.Covered(k) || NorwegianGrammarWords.Function.Contains(tl) || s.Lexicon.AllowedCapitalized.Contains(tl))
                {
                    break;
                }

                if ((t.IsCapitalized && !s.IsSentenceInitial(k)) || (called && !s.IsCommonOrCompound(tl)))
                {
                    s.AddTokens(IdentifierKind.PersonName, k, k, called ? "kallenavn («kaller meg …», «kallenavnet mitt er …»)" : "navnet på et kjæledyr («hunden min Bella»)", "navn-kontekst");
                }

                break;
            }
        }
    }

    /// <summary>Titles «dr. Olsen» and staff roles followed by a person («ruskonsulenten min Kari», «Sykepleieren vår, Gunnar»).</summary>
    private static void RolesAndTitlesWithNames(ScreeningText s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsWord(i))
            {
                continue;
            }

            var isTitle = Titles.Contains(s.Lower(i));
            if (!isTitle && !s.Lexicon.StaffRoles.Contains(s.Lower(i)))
            {
                continue;
            }

            var end = FindPersonAfterRole(s, i, isTitle ? 1 : 3);
            if (end >= 0)
            {
                s.AddTokens(IdentifierKind.StaffRoleWithPerson, i, end, isTitle ? "tittel foran et navn" : "yrkesrolle knyttet til en navngitt person", "rolle-med-navn");
            }
        }
    }

    private static int FindPersonAfterRole(ScreeningText s, int roleIndex, int maxLinks)
    {
        var links = 0;
        for (var k = roleIndex + 1; k < s.Tokens.Count && links <= maxLinks; k++)
        {
            var t = s.Tokens[k];
            if (t.Kind == TokenKind.Punctuation)
            {
                if (t.Text is "." or ",")
                {
                    if (t.Text == "." && !Titles.Contains(s.Lower(k - 1)))
                    {
                        return -1;
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

            if (IsPersonLike(s, k))
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

    private static bool IsPersonLike(ScreeningText s, int k)
    {
        var t = s.Tokens[k];
        var lw = StripPossessive(t.Lower);
        var lex = s.Lexicon;
        if ((lex.FirstNames.Contains(lw) || lex.Surnames.Contains(lw)) && !lex.CommonWords.Contains(lw))
        {
            return true;
        }

        return t.IsCapitalized && !t.IsAllCaps && !lex.AllowedCapitalized.Contains(t.Lower) && !lex.StaffRoles.Contains(t.Lower)
            && !NorwegianGrammarWords.Function.Contains(t.Lower) && !s.IsCalendarWord(k)
            && (lex.FirstNames.Contains(lw) || lex.Surnames.Contains(lw) || !s.IsCommonOrCompound(t.Lower));
    }

    /// <summary>Words in the first-name or surname lists.</summary>
    private static void ListedNames(ScreeningText s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsWord(i) || s.Covered(i))
            {
                continue;
            }

            var reason = ListedNameReason(s, i);
            if (reason is not null)
            {
                s.AddTokens(IdentifierKind.PersonName, i, i, reason, "navneliste");
            }
        }
    }

    private static string? ListedNameReason(ScreeningText s, int i)
    {
        var t = s.Tokens[i];
        var lex = s.Lexicon;
        if (t.IsAllCaps && lex.AllowedCapitalized.Contains(t.Lower))
        {
            return null;
        }

        foreach (var candidate in NameCandidates(t))
        {
            var first = lex.FirstNames.Contains(candidate);
            var sur = lex.Surnames.Contains(candidate);
            if (!first && !sur)
            {
                continue;
            }

            var what = first ? "fornavn i navnelista" : "etternavn i navnelista";
            var common = lex.CommonWords.Contains(candidate) || NorwegianGrammarWords.Function.Contains(candidate)
                || (!t.IsCapitalized && (lex.WordList?.IsCommon(candidate) ?? false)); // «endre», «rune» in lower case are most likely the common words
            if (!common)
            {
                return t.IsCapitalized ? what : what + " (skrevet med liten forbokstav)";
            }

            // A common word too: decided by case and context.
            var initial = s.IsSentenceInitial(i);
            if (t.IsCapitalized && !initial && !s.IsCalendarWord(i))
            {
                return what + " som også er et vanlig ord, med stor forbokstav midt i setningen";
            }

            var next = s.NextWord(i);
            if (t.IsCapitalized && next == i + 1 && s.Tokens[next].IsCapitalized && lex.Surnames.Contains(StripPossessive(s.Lower(next))))
            {
                return what + " som også er et vanlig ord, fulgt av et etternavn";
            }

            if (HasAddressCue(s, i))
            {
                return what + " som også er et vanlig ord, etter «takk til», «hilsen», «spør etter» o.l.";
            }

            if (first && CoordinatedWithSelf(s, i))
            {
                return what + " som også er et vanlig ord, sideordnet med «jeg» («X og jeg», «eg og X»)";
            }

            var after = next >= 0 ? s.NextWord(next) : -1;
            if (next == i + 1 && s.Lower(next) == "som" && after >= 0 && s.Lexicon.StaffRoles.Contains(s.Lower(after)))
            {
                return what + " som også er et vanlig ord, fulgt av «som» og en yrkesrolle";
            }

            if ((initial || IsAfterNameLink(s, i)) && FollowedByWorkplace(s, i))
            {
                return what + " som også er et vanlig ord, fulgt av «på/i/fra» og et arbeidssted";
            }

            if (first && initial && t.IsCapitalized && next >= 0 && NorwegianGrammarWords.HumanOnlyVerbs.Contains(s.Lower(next)))
            {
                return what + " som også er et vanlig ord, først i setningen og fulgt av et verb som brukes om personer";
            }
        }

        return null;
    }

    /// <summary>A first name that is also a common word, first in its sentence and followed by a verb («rune e den enæste som …», «Sol er …»): doubtful.</summary>
    private static void DoubtfulListedNames(ScreeningText s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsWord(i) || s.Covered(i) || !s.IsSentenceInitial(i) || !s.Lexicon.FirstNames.Contains(s.Lower(i)) || NorwegianGrammarWords.Function.Contains(s.Lower(i)))
            {
                continue;
            }

            var next = s.NextWord(i);
            if (next == i + 1 && NorwegianGrammarWords.PersonVerbs.Contains(s.Lower(next)))
            {
                s.AddTokens(IdentifierKind.PersonName, i, i, "fornavn som også er et vanlig ord, først i setningen og fulgt av et verb", "navneliste", ScreeningCertainty.Doubtful);
            }
        }
    }

    /// <summary>Nicknames and unlisted names in a name context.</summary>
    private static void ContextNames(ScreeningText s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsWord(i) || s.Covered(i))
            {
                continue;
            }

            var t = s.Tokens[i];
            var lw = t.Lower;
            if (NorwegianGrammarWords.Function.Contains(lw) || IsRoleOrAllowed(s, lw) || ScreeningText.IsAcronymLike(t.Text) || s.IsCalendarWord(i) || lw.Length < 2)
            {
                continue;
            }

            var common = s.IsCommonOrCompound(lw) || s.Lexicon.CommonWords.Contains(lw);
            if (HasAddressCue(s, i) && !NotAfterCue.Contains(lw))
            {
                if (t.IsCapitalized && !common)
                {
                    s.AddTokens(IdentifierKind.PersonName, i, i, "ukjent ord med stor forbokstav etter «takk til», «hilsen» o.l. (mulig navn eller kallenavn)", "navn-kontekst");
                }
                else if (t.IsCapitalized || !common)
                {
                    s.AddTokens(IdentifierKind.PersonName, i, i, "ord etter «takk til», «hilsen» o.l. (mulig navn eller kallenavn)", "navn-kontekst", ScreeningCertainty.Doubtful);
                }

                continue;
            }

            var initial = s.IsSentenceInitial(i);
            var chained = ChainedToWorkplace(s, i);
            if ((initial || chained) && (FollowedByWorkplace(s, i) || chained) && !LooksPlural(lw))
            {
                var human = HumanSignalAfter(s, i);
                if (!common)
                {
                    s.AddTokens(IdentifierKind.PersonName, i, i, "ukjent ord først i setningen fulgt av «på/i/fra» og et arbeidssted (mulig kallenavn)", "navn-kontekst");
                }
                else if (human && t.IsCapitalized)
                {
                    s.AddTokens(IdentifierKind.PersonName, i, i, "ord med stor forbokstav fulgt av «på/i/fra», et arbeidssted og noe som sies om personer (mulig kallenavn)", "navn-kontekst");
                }
                else if (human)
                {
                    s.AddTokens(IdentifierKind.PersonName, i, i, "ord fulgt av «på/i/fra», et arbeidssted og noe som sies om personer (mulig kallenavn)", "navn-kontekst", ScreeningCertainty.Doubtful);
                }

                continue;
            }

            var next = s.NextWord(i);
            var humanVerbNext = next == i + 1 && NorwegianGrammarWords.HumanOnlyVerbs.Contains(s.Lower(next));
            if (initial && t.IsCapitalized && !common && humanVerbNext)
            {
                s.AddTokens(IdentifierKind.PersonName, i, i, "ukjent ord først i setningen fulgt av et verb som brukes om personer (mulig navn)", "navn-kontekst");
                continue;
            }

            // «Kjetil er flink», «kjetil e grei»: first in the sentence, known to the word list only as a name or place.
            var properOnly = s.Lexicon.WordList?.IsProperOnly(lw) == true;
            if (initial && properOnly && (t.IsCapitalized || s.Tokens[i].Start == 0))
            {
                var verbNext = next == i + 1 && NorwegianGrammarWords.PersonVerbs.Contains(s.Lower(next));
                s.AddTokens(IdentifierKind.PersonName, i, i, "navn eller sted (ordlista kjenner ordet bare med stor forbokstav) først i setningen", "navn-kontekst",
                    verbNext && t.IsCapitalized ? ScreeningCertainty.Certain : ScreeningCertainty.Doubtful);
                continue;
            }

            // «Ahmed er flink»: a capitalised word in no word list, first in the sentence, before any verb (doubtful: a typo looks the same).
            if (initial && t.IsCapitalized && !common && s.Lexicon.WordList is not null && next == i + 1 && NorwegianGrammarWords.PersonVerbs.Contains(s.Lower(next)))
            {
                s.AddTokens(IdentifierKind.PersonName, i, i, "ukjent ord med stor forbokstav først i setningen fulgt av et verb (mulig navn)", "navn-kontekst", ScreeningCertainty.Doubtful);
                continue;
            }

            // «Gubben hjalp meg»: a common noun first in the sentence before a verb only people do (doubtful: «Tiden hjalp»).
            if (initial && t.IsCapitalized && humanVerbNext && !LooksPlural(lw) && !s.Lexicon.DrugNames.Contains(lw) && !s.Lexicon.EnglishWords.Contains(lw))
            {
                s.AddTokens(IdentifierKind.PersonName, i, i, "ord først i setningen fulgt av et verb som brukes om personer (mulig kallenavn)", "navn-kontekst", ScreeningCertainty.Doubtful);
            }
        }
    }

    /// <summary>«Liv og Hans», «Stein og Gry»: a name-list word joined by «og»/«&amp;» to a flagged name.</summary>
    // «Pelle og Tuppen på aktivitetshuset …»: two words joined by «og» at the start of a sentence, the second followed by a workplace.
    private static bool ChainedToWorkplace(ScreeningText s, int i)
    {
        if (s.Tokens[i].IsCapitalized && s.IsSentenceInitial(i))
        {
            var og = s.NextWord(i);
            var second = og == i + 1 && s.Lower(og) is "og" or "&" ? s.NextWord(og) : -1;
            return second >= 0 && s.Tokens[second].IsCapitalized && FollowedByWorkplace(s, second);
        }

        var p = s.PrevWord(i);
        var first = p >= 0 && s.Lower(p) is "og" or "&" ? s.PrevWord(p) : -1;
        return first >= 0 && s.IsSentenceInitial(first) && s.Tokens[first].IsCapitalized && s.Tokens[i].IsCapitalized && FollowedByWorkplace(s, i);
    }

    private static void NameChains(ScreeningText s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsWord(i) || s.Covered(i) || NorwegianGrammarWords.Function.Contains(s.Lower(i)) && !s.Lexicon.FirstNames.Contains(s.Lower(i)))
            {
                continue;
            }

            var lw = StripPossessive(s.Lower(i));
            if (!s.Lexicon.FirstNames.Contains(lw) || !(s.Tokens[i].IsCapitalized || HasAddressCue(s, i - 2)))
            {
                continue;
            }

            foreach (var (link, other) in new[] { (i + 1, i + 2), (i - 1, i - 2) })
            {
                if (link >= 0 && other >= 0 && other < s.Tokens.Count && s.Lower(link) is "og" or "&" or "eller"
                    && s.Flags.Any(f => f.Kind == IdentifierKind.PersonName && f.Start == s.Tokens[other].Start))
                {
                    s.AddTokens(IdentifierKind.PersonName, i, i, "navn i navnelista sammen med et annet navn («X og Y»)", "navn-kontekst");
                    break;
                }
            }
        }
    }

    private static bool IsRoleOrAllowed(ScreeningText s, string lw) =>
        s.Lexicon.StaffRoles.Contains(lw) || s.Lexicon.AllowedCapitalized.Contains(lw) || s.Lexicon.Places.Contains(lw);

    private static bool LooksPlural(string lw) => lw.EndsWith("ene", StringComparison.Ordinal) || lw.EndsWith("ane", StringComparison.Ordinal) || lw.EndsWith("erne", StringComparison.Ordinal);

    /// <summary>«takk til X», «takk X», «hilsen X», «spør etter X», «snakk med X», «savner X».</summary>
    private static readonly HashSet<string> SelfPronouns = ["jeg", "eg", "æ", "je", "jæ", "meg", "mæ", "mej"];

    /// <summary>«Knut og jeg …», «jeg og Roar …», «meg og kari»: a name joined to the respondent by «og».</summary>
    private static bool CoordinatedWithSelf(ScreeningText s, int i)
    {
        var p = s.PrevWord(i);
        var pp = p >= 0 ? s.PrevWord(p) : -1;
        if (pp >= 0 && s.Lower(p) is "og" or "å" && SelfPronouns.Contains(s.Lower(pp)) && s.Sentence[pp] == s.Sentence[i])
        {
            return true;
        }

        var n = s.NextWord(i);
        var nn = n >= 0 ? s.NextWord(n) : -1;
        return n >= 0 && nn >= 0 && s.Lower(n) is "og" or "å" && SelfPronouns.Contains(s.Lower(nn)) && s.Sentence[nn] == s.Sentence[i];
    }

    internal static bool HasAddressCue(ScreeningText s, int i)
    {
        if (i < 0 || i >= s.Tokens.Count)
        {
            return false;
        }

        var p = s.PrevWord(i);
        if (p < 0)
        {
            return false;
        }

        var pl = s.Lower(p);
        if (CueLinks.Contains(pl))
        {
            var pp = s.PrevWord(p);
            return pp >= 0 && NorwegianGrammarWords.AddressCues.Contains(s.Lower(pp)) && s.Lower(pp) is not ("heter" or "het" or "kalt" or "ring");
        }

        return NorwegianGrammarWords.AddressCues.Contains(pl) && pl is not ("spør" or "spørr" or "snakk" or "snakket" or "snakka" or "snakker" or "snakkar" or "snakte" or "prat" or "prata" or "prater" or "pratet" or "pratar" or "tusen");
    }

    private static bool IsAfterNameLink(ScreeningText s, int i)
    {
        var p = s.PrevWord(i);
        return p >= 0 && s.Lower(p) is "og" or "eller" or "&";
    }

    /// <summary>«X på/i/fra/hos» + a workplace (within two words): «på natta», «i resepsjonen», «fra oppsøkende tjeneste», «på NAV».</summary>
    internal static bool FollowedByWorkplace(ScreeningText s, int i)
    {
        var prep = s.NextWord(i);
        if (prep != i + 1 || !NorwegianGrammarWords.PlacePrepositions.Contains(s.Lower(prep)))
        {
            return false;
        }

        var w1 = s.NextWord(prep);
        if (w1 < 0)
        {
            return false;
        }

        if (IsWorkplace(s, w1))
        {
            return true;
        }

        var w2 = s.NextWord(w1);
        return w2 >= 0 && !NorwegianGrammarWords.Function.Contains(s.Lower(w1)) && IsWorkplace(s, w2);
    }

    private static bool IsWorkplace(ScreeningText s, int k)
    {
        var t = s.Tokens[k];
        if (t.IsAllCaps && t.Length <= 5)
        {
            return true; // NAV, DPS
        }

        var lw = t.Lower;
        if (s.Lexicon.Places.Contains(lw))
        {
            return true;
        }

        foreach (var head in WorkplaceHeads)
        {
            if (lw == head || (lw.Length > head.Length + 2 && lw.EndsWith(head, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>After «X på …»: a verb only people do, or a predicate said of people, in the rest of the sentence.</summary>
    private static bool HumanSignalAfter(ScreeningText s, int i)
    {
        for (var k = i + 2; k < s.Tokens.Count && s.Sentence[k] == s.Sentence[i]; k++)
        {
            var lw = s.Lower(k);
            if (NorwegianGrammarWords.HumanOnlyVerbs.Contains(lw) || PersonPredicates.Contains(lw))
            {
                return true;
            }
        }

        return false;
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

    internal static string StripPossessive(string lw)
    {
        if (lw.EndsWith("'s", StringComparison.Ordinal) || lw.EndsWith("’s", StringComparison.Ordinal))
        {
            return lw[..^2];
        }

        return lw.Length > 3 && lw.EndsWith('s') ? lw[..^1] : lw;
    }
}
