using Analysenotater.Text.Tokenization;

namespace Analysenotater.Text.Screening.Detectors;

/// <summary>
/// A trait that singles someone out within a place or group: «den eneste med ADHD på huset», «eneste jente på
/// avdelingen», «bare meg som er døv av brukerne», «berre eg som er blind av bebuarane», «den eldste på gruppa».
/// A uniqueness phrase counts only when a place or group follows within the sentence («på/i/av/blant/ved» + a noun in
/// definite form, a place, an acronym or «hele kommunen»); «det eneste som hjelper» and «bare meg som kan endre livet
/// mitt» are not flagged.
/// </summary>
internal static class UniquenessDetector
{
    private static readonly HashSet<string> OnlyWords = ["eneste", "einaste", "eineste", "enæste", "ænneste", "æneste", "enaste", "eneste.", "eldste", "yngste", "eldst", "yngst", "ældste", "enest", "einast", "ennaste"];

    private static readonly HashSet<string> OnlyMeWords = ["meg", "mæ", "mej", "jeg", "eg", "æ", "e", "je", "i"];

    private static readonly HashSet<string> OnlyMeLead = ["bare", "berre", "bære", "kun", "berra"];

    private static readonly HashSet<string> GroupPrepositions = ["på", "i", "av", "blant", "ved", "hos", "fra", "frå", "innen", "innenfor", "te", "til", "tel"];

    private static readonly HashSet<string> NotGroups = ["verden", "verda", "verdenen", "universet", "livet", "landet", "norge", "noreg", "hele", "heile", "tiden", "tida", "dag", "dagen", "går", "gangen", "gongen", "fjor", "år", "året"];

    private static readonly HashSet<string> Neuter = ["det", "dette", "eit", "et"];

    /// <summary>Words after «eneste» that keep the phrase about a person: links to a trait («med», «i», «som», «over») …</summary>
    private static readonly HashSet<string> TraitLinks = ["med", "i", "som", "over", "under", "uten", "utan", "av", "på", "blant", "fra", "frå", "her", "der", "e", "er"];

    /// <summary>… or a noun for a person («eneste jente», «den einaste samen»).</summary>
    private static readonly HashSet<string> PersonNouns =
    [
        "jente", "jenta", "jenten", "gutt", "gutten", "mann", "mannen", "kvinne", "kvinnen", "kvinna", "dame", "dama", "damen", "kar", "karen", "same", "samen",
        "innvandrer", "innvandreren", "utlending", "utlendingen", "person", "personen", "bruker", "brukeren", "brukar", "brukaren", "pasient", "pasienten",
        "beboer", "beboeren", "bebuar", "bebuaren", "deltaker", "deltakeren", "deltakar", "deltakaren", "elev", "eleven", "mor", "moren", "mora", "far", "faren",
        "forelder", "forelderen", "pappa", "mamma", "student", "studenten", "ungdom", "ungdommen", "pensjonist", "pensjonisten", "homofile", "homofil",
        "lesbiske", "transkvinnen", "transkvinne", "transmannen", "transmann", "transperson", "transpersonen", "muslim", "muslimen", "jøde", "jøden", "svart",
        "svarte", "mørkhudete", "mørkhuda", "døve", "døv", "blinde", "blind", "rullestolbrukeren", "rullestolbruker", "tolkebrukeren", "tolkebruker",
    ];

    private static readonly HashSet<string> SelfWords = ["jeg", "eg", "æ", "jæ", "je", "i"];

    private static readonly HashSet<string> DemonstrativePersons = ["han", "hun", "ho", "hu", "den", "a", "n", "hon"];

    // «Jeg er han med blått hår som …», «Eg er han som vann NM i trekkspel», «æ e ho med rullatoren»: the respondent pointing
    // out the one trait others know them by.
    private static void SelfDescriptions(ScreeningText s)
    {
        for (var i = 0; i + 3 < s.Tokens.Count; i++)
        {
            if (!s.IsWord(i) || !SelfWords.Contains(s.Lower(i)))
            {
                continue;
            }

            var v = s.NextWord(i);
            var d = v >= 0 ? s.NextWord(v) : -1;
            var l = d >= 0 ? s.NextWord(d) : -1;
            if (l < 0 || s.Lower(v) is not ("er" or "e" or "va" or "var") || !DemonstrativePersons.Contains(s.Lower(d)) || s.Lower(l) is not ("med" or "som" or "i" or "uten" or "utan"))
            {
                continue;
            }

            var end = l;
            for (var k = s.NextWord(l); k >= 0 && s.Sentence[k] == s.Sentence[i] && k - l <= 6; k = s.NextWord(k))
            {
                end = k;
            }

            if (end > l)
            {
                s.AddTokens(IdentifierKind.UniqueTrait, i, end, "respondenten beskriver seg selv med et kjennetegn («jeg er han med …»)", "unik-egenskap");
            }
        }
    }

    private static bool IsAdjective(string lw) => lw.EndsWith('e') || lw.EndsWith("ige", StringComparison.Ordinal) || lw.EndsWith("iske", StringComparison.Ordinal);

    public static void Detect(ScreeningText s)
    {
        SelfDescriptions(s);
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsWord(i))
            {
                continue;
            }

            var lw = s.Lower(i);
            if (OnlyWords.Contains(lw))
            {
                var p = s.PrevWord(i);
                if (p >= 0 && Neuter.Contains(s.Lower(p)))
                {
                    continue; // «det eneste som hjelper»
                }

                var n = s.NextWord(i);
                if (n >= 0 && !PersonNouns.Contains(s.Lower(n)) && !TraitLinks.Contains(s.Lower(n)) && s.IsCommonWord(s.Lower(n)) && !NorwegianGrammarWords.Function.Contains(s.Lower(n)) && !IsAdjective(s.Lower(n)))
                {
                    continue; // «eneste tilbudet i kommunen»: a thing, not a person
                }

                var group = GroupAfter(s, i);
                if (group >= 0)
                {
                    s.AddTokens(IdentifierKind.UniqueTrait, p >= 0 && s.Lower(p) is "den" or "som" ? p : i, group, "«den eneste …» knyttet til et sted eller en gruppe", "unik-egenskap");
                }

                continue;
            }

            // «bare meg som …», «berre eg som …», «kun jeg som …»
            if (OnlyMeLead.Contains(lw))
            {
                var me = s.NextWord(i);
                var som = me >= 0 ? s.NextWord(me) : -1;
                if (me >= 0 && OnlyMeWords.Contains(s.Lower(me)) && som >= 0 && s.Lower(som) is "som" or "så" or "sm")
                {
                    var group = GroupAfter(s, som);
                    if (group >= 0)
                    {
                        s.AddTokens(IdentifierKind.UniqueTrait, i, group, "«bare meg som …» knyttet til et sted eller en gruppe", "unik-egenskap");
                    }
                }
            }
        }
    }

    /// <summary>The token index of a place or group after <paramref name="i"/> in the same sentence («på huset», «av brukerne», «i bygda», «på DPS»), or -1.</summary>
    private static int GroupAfter(ScreeningText s, int i)
    {
        for (var k = i + 1; k < s.Tokens.Count && s.Sentence[k] == s.Sentence[i] && k <= i + 14; k++)
        {
            if (!s.IsWord(k) || !GroupPrepositions.Contains(s.Lower(k)))
            {
                continue;
            }

            // The group noun: the next word, or the one after «hele/heile/de som bor på …».
            for (var g = k + 1; g < s.Tokens.Count && g <= k + 3 && s.Sentence[g] == s.Sentence[i]; g++)
            {
                if (s.Tokens[g].Kind != TokenKind.Word)
                {
                    break;
                }

                var gl = s.Lower(g);
                if (NotGroups.Contains(gl) && gl is not ("hele" or "heile"))
                {
                    break;
                }

                if (gl is "hele" or "heile" or "de" or "dei" or "alle")
                {
                    continue;
                }

                var t = s.Tokens[g];
                if (t.IsAllCaps || t.IsCapitalized && !s.IsSentenceInitial(g) || s.Lexicon.Places.Contains(gl) || ScreeningText.LooksDefinite(gl) && !NorwegianGrammarWords.Function.Contains(gl))
                {
                    return g;
                }

                break;
            }
        }

        return -1;
    }
}
