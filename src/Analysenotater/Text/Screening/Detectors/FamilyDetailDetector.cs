namespace Analysenotater.Text.Screening.Detectors;

/// <summary>
/// A relative of the respondent («broren min», «mora mi», «min datter») described with a detail that singles the family
/// out in a municipality: an occupation («er lensmann»), a workplace («jobbar på DPS-et»), prison, a child's age («på 9»),
/// or twins/triplets. A relative with no such detail («mamma og pappa fikk tilbud») is not flagged.
/// </summary>
internal static class FamilyDetailDetector
{
    private static readonly HashSet<string> Kin =
    [
        "mor", "mora", "moren", "mamma", "mammaen", "far", "faren", "fa'n", "pappa", "pappaen", "bror", "broren", "brør", "bror'n", "søster", "søstera",
        "søsteren", "syster", "systera", "sønn", "sønnen", "son", "sonen", "datter", "dattera", "datteren", "dotter", "dottera", "barn", "barna", "barnet",
        "ungen", "unga", "ungene", "onkel", "onkelen", "tante", "tanta", "tanten", "fetter", "fetteren", "kusine", "kusina", "kusinen", "mann", "mannen",
        "kone", "kona", "samboer", "samboeren", "sambuar", "sambuaren", "kjæreste", "kjæresten", "svoger", "svogeren", "svigerinne", "svigerinna",
        "svigermor", "svigerfar", "bestemor", "bestefar", "farmor", "mormor", "farfar", "morfar", "eldste", "yngste", "eldstemann", "yngstemann", "ektemann",
        "ektefelle", "gubben", "gutten", "jenta", "jenten", "guttene", "jentene", "ungane", "guttungen", "jentungen", "kjerringa", "stefar", "stemor", "halvbror", "halvsøster", "stebror", "stesøster",
    ];

    private static readonly HashSet<string> Possessives = ["min", "mi", "mitt", "mine", "vår", "vårt", "våre", "mæ", "mett"];

    private static readonly HashSet<string> PredicateCues = ["er", "e", "va", "var", "ble", "blei", "vart", "blitt", "som", "jobber", "jobbar", "jobba", "jobbet", "arbeider", "arbeidar", "selv", "sjølv", "sjøl", "også", "og"];

    private static readonly HashSet<string> WorkVerbs = ["jobber", "jobbar", "jobba", "jobbet", "jobbe", "arbeider", "arbeidar", "arbeidet", "arbeida", "jobb"];

    private static readonly HashSet<string> WorkPrepositions = ["på", "i", "ved", "hos", "for"];

    private static readonly HashSet<string> Prison = ["fengsel", "fengselet", "fengsle", "soner", "sonar", "soning", "varetekt", "varetektsfengslet"];

    public static void Detect(ScreeningText s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsWord(i))
            {
                continue;
            }

            var lw = s.Lower(i);
            if (lw.StartsWith("trilling", StringComparison.Ordinal) || lw.StartsWith("firling", StringComparison.Ordinal))
            {
                s.AddTokens(IdentifierKind.FamilyDetail, i, i, "trillinger/firlinger i familien (sjeldent)", "familie");
                continue;
            }

            var isKin = Kin.Contains(lw) || lw.StartsWith("tvilling", StringComparison.Ordinal);
            if (!isKin)
            {
                continue;
            }

            var next = s.NextWord(i);
            var prev = s.PrevWord(i);
            var owned = (next == i + 1 && Possessives.Contains(s.Lower(next))) || (prev >= 0 && prev == i - 1 && Possessives.Contains(s.Lower(prev)));
            if (!owned)
            {
                continue;
            }

            if (lw.StartsWith("tvilling", StringComparison.Ordinal))
            {
                s.AddTokens(IdentifierKind.FamilyDetail, i, i, "tvilling i familien", "familie");
                continue;
            }

            var detail = DetailAfter(s, i);
            if (detail.End >= 0)
            {
                s.AddTokens(IdentifierKind.FamilyDetail, prev == i - 1 && Possessives.Contains(s.Lower(prev)) ? prev : i, detail.End, "slektning beskrevet med " + detail.What, "familie");
            }
        }
    }

    private static (int End, string What) DetailAfter(ScreeningText s, int kin)
    {
        var seen = 0;
        for (var k = s.NextWord(kin); k >= 0 && s.Sentence[k] == s.Sentence[kin] && seen < 10; k = s.NextWord(k), seen++)
        {
            var lw = s.Lower(k);
            if (lw is "og" or "men" && seen > 2)
            {
                return (-1, "");
            }

            if (Occupations.Contains(s.Lexicon, lw) && HasPredicateCueBefore(s, k))
            {
                return (k, "yrke eller verv");
            }

            if (WorkVerbs.Contains(lw))
            {
                var p = s.NextWord(k);
                if (p >= 0 && s.Lower(p) is "sjølv" or "selv" or "sjøl" or "også" or "og" or "der")
                {
                    p = s.NextWord(p);
                }

                if (p >= 0 && WorkPrepositions.Contains(s.Lower(p)) && s.NextWord(p) >= 0)
                {
                    return (s.NextWord(p), "arbeidssted");
                }
            }

            if (Prison.Contains(lw))
            {
                return (k, "soning/fengsel");
            }

            if (lw == "på" && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Kind == Tokenization.TokenKind.Number && AgeDetector.ParseNumber(s.Tokens[k + 1].Text) is >= 0 and <= 110)
            {
                return (k + 1, "alder");
            }
        }

        return (-1, "");
    }

    private static bool HasPredicateCueBefore(ScreeningText s, int k)
    {
        for (var p = s.PrevWord(k); p >= 0 && k - p <= 4; p = s.PrevWord(p))
        {
            var lw = s.Lower(p);
            if (lw is "av" or "hos" or "til" or "te" or "med" or "fra" or "frå" or "for")
            {
                return false;
            }

            if (PredicateCues.Contains(lw))
            {
                return true;
            }
        }

        return false;
    }
}
