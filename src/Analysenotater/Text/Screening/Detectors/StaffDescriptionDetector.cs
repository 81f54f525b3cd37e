using Analysenotater.Text.Tokenization;

namespace Analysenotater.Text.Screening.Detectors;

/// <summary>
/// A staff member described by role and a distinguishing trait instead of a name: «overlegen på avrusningen, han med
/// hestehale», «den eneste mannlige sykepleieren», «psykologen med de røde brillene», «den unge legen med skjegg»,
/// «saksbehandleren, hun eldre dama med krykker», «den nye fastlegen, hun som er fra Sverige». A role alone
/// («legen var hyggelig») or in the plural («sykepleierne på natta») is not flagged.
/// </summary>
internal static class StaffDescriptionDetector
{
    /// <summary>Adjectives that single out one staff member when placed before the role («den mannlige sykepleieren»).</summary>
    private static readonly HashSet<string> TraitAdjectives =
    [
        "mannlige", "kvinnelige", "unge", "gamle", "eldre", "eldste", "yngste", "høye", "lave", "korte", "lange", "tjukke", "tykke", "tynne", "skallede",
        "blonde", "rødhårete", "mørkhårete", "svenske", "danske", "tyske", "polske", "utenlandske", "utanlandske", "engelske", "nye", "nyeste", "pensjonerte",
        "gravide", "tatoverte", "eneste", "einaste", "vakre", "pene", "sinte", "sure", "mørkhudete", "lyshårete", "gråhårete", "skjeggete", "hyggeligste", "norske", "finske", "islandske", "litauiske", "russiske", "somaliske", "arabiske",
    ];

    /// <summary>Features after «med» that describe a person's looks or belongings («med hestehale», «med krykker»).</summary>
    private static readonly string[] FeatureStems =
    [
        "hestehale", "skjegg", "bart", "brille", "tatover", "piercing", "lugg", "krykke", "rullestol", "hund", "hår", "aksent", "dialekt", "hettegenser",
        "caps", "lue", "arm", "bein", "øyne", "stemme", "parykk", "dreads", "fletter", "flette", "kjole", "dress", "slips", "skjerf",
        "øredobb", "tenner", "arr", "stokk", "rullator", "hijab", "turban",
    ];

    private static readonly HashSet<string> NotFeatures = ["hundre", "hundrevis", "armer", "arrangement", "arrangere", "bart", "beinhard", "lua", "luer", "hårfin", "capsen", "hundens"];

    private static readonly HashSet<string> Languages =
    [
        "dansk", "svensk", "engelsk", "tysk", "polsk", "finsk", "russisk", "arabisk", "somali", "somalisk", "litauisk", "spansk", "fransk", "islandsk",
        "nederlandsk", "italiensk", "tigrinja", "urdu", "persisk", "farsi", "tyrkisk", "thai", "samisk", "kvensk", "ukrainsk", "rumensk",
    ];

    private static readonly HashSet<string> Pronouns = ["han", "hun", "ho", "hu", "den", "henne", "ham"];

    public static void Detect(ScreeningText s)
    {
        PronounWithFeature(s);
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsWord(i) || !IsSingularRole(s, i))
            {
                continue;
            }

            // An adjective right before the role («den mannlige sykepleieren», «Den skallede psykiateren»).
            var p = s.PrevWord(i);
            if (p >= 0 && TraitAdjectives.Contains(s.Lower(p)))
            {
                var start = p;
                var pp = s.PrevWord(p);
                if (pp >= 0 && (TraitAdjectives.Contains(s.Lower(pp)) || s.Lower(pp) is "den" or "han" or "hun" or "ho"))
                {
                    start = pp;
                }

                var certain = s.Lower(p) is not ("nye" or "nyeste" or "hyggeligste");
                s.AddTokens(IdentifierKind.StaffDescription, start, i, "ansatt beskrevet med rolle og et kjennetegn", "ansatt-kjennetegn",
                    certain ? ScreeningCertainty.Certain : ScreeningCertainty.Doubtful);
                continue;
            }

            // A trait after the role in the same sentence: «…, han med hestehale», «med de røde brillene», «som bare har en arm», «som kom fra Danmark».
            var traitEnd = TraitAfter(s, i);
            if (traitEnd >= 0)
            {
                s.AddTokens(IdentifierKind.StaffDescription, i, traitEnd, "ansatt beskrevet med rolle og et kjennetegn", "ansatt-kjennetegn");
            }
        }
    }

    // «Han med hestehalen på avrusningen, overlegen, …», «ho med dreads i resepsjonen»: a person pointed out by a visible
    // feature, with a staff role or a workplace («på/i» + workplace) in the same sentence.
    private static void PronounWithFeature(ScreeningText s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsWord(i) || s.Lower(i) is not ("han" or "hun" or "ho" or "hu" or "hon"))
            {
                continue;
            }

            var med = s.NextWord(i);
            if (med != i + 1 || s.Lower(med) != "med")
            {
                continue;
            }

            var feature = -1;
            for (var k = s.NextWord(med); k >= 0 && k - med <= 4 && s.Sentence[k] == s.Sentence[i]; k = s.NextWord(k))
            {
                if (IsFeature(s.Lower(k)))
                {
                    feature = k;
                    break;
                }
            }

            if (feature < 0)
            {
                continue;
            }

            var staff = PersonDetector.FollowedByWorkplace(s, feature);
            for (var k = 0; k < s.Tokens.Count && !staff; k++)
            {
                staff = s.IsWord(k) && s.Sentence[k] == s.Sentence[i] && IsSingularRole(s, k);
            }

            if (staff)
            {
                s.AddTokens(IdentifierKind.StaffDescription, i, feature, "ansatt pekt ut med et synlig kjennetegn («han med hestehalen på avrusningen»)", "ansatt-kjennetegn");
            }
        }
    }

    private static bool IsSingularRole(ScreeningText s, int i)
    {
        var lw = s.Lower(i);
        if (!s.Lexicon.StaffRoles.Contains(lw) || lw is "ansatt" or "ansatte" or "tilsette")
        {
            return false;
        }

        return !(lw.EndsWith("ene", StringComparison.Ordinal) || lw.EndsWith("ane", StringComparison.Ordinal) || lw.EndsWith("erne", StringComparison.Ordinal));
    }

    private static int TraitAfter(ScreeningText s, int role)
    {
        for (var k = role + 1; k < s.Tokens.Count && s.Sentence[k] == s.Sentence[role] && k <= role + 10; k++)
        {
            if (s.Tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            var lw = s.Lower(k);
            var next = s.NextWord(k);
            var nl = next >= 0 ? s.Lower(next) : "";

            // «han med …», «hun som …», «ho med …»
            if (Pronouns.Contains(lw) && lw != "den" && (nl is "med" or "som" || TraitAdjectives.Contains(nl)) && k > role + 1 && HasCommaBetween(s, role, k))
            {
                return LastOfPhrase(s, next);
            }

            if (lw == "med")
            {
                for (var f = k + 1; f < s.Tokens.Count && f <= k + 4 && s.Sentence[f] == s.Sentence[role]; f++)
                {
                    if (s.IsWord(f) && IsFeature(s.Lower(f)))
                    {
                        return f;
                    }
                }
            }

            if (lw == "som" && next >= 0)
            {
                // «som bare har en arm», «som kom fra Danmark», «som er fra Sverige»
                for (var f = next; f < s.Tokens.Count && f <= next + 5 && s.Sentence[f] == s.Sentence[role]; f++)
                {
                    if (s.IsWord(f) && (IsFeature(s.Lower(f)) || IsOrigin(s, f)))
                    {
                        return f;
                    }

                    // «som snakker dansk», «som prater bare engelsk», «som snakkar svensk»: a language marks the person out.
                    if (s.IsWord(f) && s.Lower(f) is "snakker" or "snakkar" or "prater" or "pratar" or "snakke" or "prate")
                    {
                        for (var g = f + 1; g < s.Tokens.Count && g <= f + 3 && s.Sentence[g] == s.Sentence[role]; g++)
                        {
                            if (s.IsWord(g) && Languages.Contains(s.Lower(g)))
                            {
                                return g;
                            }
                        }
                    }
                }
            }
        }

        return -1;
    }

    private static bool HasCommaBetween(ScreeningText s, int a, int b)
    {
        for (var k = a + 1; k < b; k++)
        {
            if (s.Tokens[k].Text is "," or "-" or "–" or "(")
            {
                return true;
            }
        }

        return b == a + 1 || s.Lower(a + 1) is "på" or "i" or "fra";
    }

    private static int LastOfPhrase(ScreeningText s, int from)
    {
        var last = from;
        for (var k = from + 1; k < s.Tokens.Count && k <= from + 4 && s.Sentence[k] == s.Sentence[from]; k++)
        {
            if (s.Tokens[k].Kind != TokenKind.Word)
            {
                break;
            }

            last = k;
        }

        return last;
    }

    /// <summary>«fra Sverige», «frå Polen»: a capitalised word (not an acronym) after «fra».</summary>
    private static bool IsOrigin(ScreeningText s, int f)
    {
        var p = s.PrevWord(f);
        return p >= 0 && s.Lower(p) is "fra" or "frå" && s.Tokens[f].IsCapitalized && !s.Tokens[f].IsAllCaps;
    }

    private static bool IsFeature(string lw)
    {
        if (NotFeatures.Contains(lw))
        {
            return false;
        }

        foreach (var stem in FeatureStems)
        {
            if ((lw.StartsWith(stem, StringComparison.Ordinal) && lw.Length - stem.Length <= 5) || (stem.Length >= 5 && lw.EndsWith(stem, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
