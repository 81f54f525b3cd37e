namespace Analysenotater.Text.Screening.Detectors;

/// <summary>
/// Capitalised words in mid-sentence that are in no list and not a common word (word list, compounds of common words,
/// medicines, English loan words, seasons, months): possible names, places or services. Certain when the system word
/// list knows the word only as a proper noun; doubtful otherwise (a typo or a brand name looks the same).
/// </summary>
internal static class UnknownWordDetector
{
    public static void Detect(ScreeningText s)
    {
        var lex = s.Lexicon;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var t = s.Tokens[i];
            if (!s.IsWord(i) || s.Covered(i) || !t.IsCapitalized || t.IsAllCaps || t.Length < 2 || ScreeningText.IsAcronymLike(t.Text) || s.IsSentenceInitial(i))
            {
                continue;
            }

            var lw = t.Lower;
            var head = lw.Split('-')[0];
            if (lex.WordList?.IsProperOnly(lw) == true && !lex.AllowedCapitalized.Contains(lw) && !s.IsCalendarWord(i))
            {
                s.AddTokens(IdentifierKind.UnknownProperNoun, i, i, "navn eller sted (ordlista kjenner ordet bare med stor forbokstav) midt i setningen", "ukjent-egennavn");
                continue;
            }

            if (!lex.IsKnownCommonWord(lw) && HasPlaceHead(lw) && !lex.AllowedCapitalized.Contains(lw))
            {
                s.AddTokens(IdentifierKind.UnknownProperNoun, i, i, "ukjent ord med stor forbokstav og en typisk stedsnavnendelse (mulig stedsnavn)", "ukjent-egennavn", ScreeningCertainty.Doubtful);
                continue;
            }

            if (lex.AllowedCapitalized.Contains(lw) || lex.AllowedCapitalized.Contains(head) || lex.StaffRoles.Contains(lw) || NorwegianGrammarWords.Function.Contains(lw)
                || lex.CommonWords.Contains(lw) || s.IsCalendarWord(i) || s.IsCommonOrCompound(lw) || (head != lw && s.IsCommonOrCompound(head) && lw.Split('-').Skip(1).All(s.IsCommonOrCompound)))
            {
                continue;
            }

            s.AddTokens(IdentifierKind.UnknownProperNoun, i, i, "ukjent ord med stor forbokstav midt i setningen (mulig navn, sted eller tjeneste)", "ukjent-egennavn", ScreeningCertainty.Doubtful);
        }
    }

    /// <summary>Endings typical of Norwegian place names («Elvestad», «Nordhamn», «Solvik», «Bjørkedal»).</summary>
    private static readonly string[] PlaceHeads =
    [
        "stad", "vik", "viken", "dal", "dalen", "hamn", "havn", "berg", "bygd", "bygda", "fjord", "fjorden", "nes", "neset", "øy", "øya", "sund", "sundet", "strand",
        "heim", "rud", "set", "seter", "land", "vang", "mo", "moen", "haug", "haugen", "bu", "bø", "by", "byen", "åsen", "li", "lia", "elv", "elva", "vatn",
        "vann", "foss", "fossen", "holm", "holmen", "sjø", "sjøen", "torp", "rød", "vollen", "tun", "gard", "gård",
    ];

    private static bool HasPlaceHead(string lw)
    {
        foreach (var h in PlaceHeads)
        {
            if (lw.Length >= h.Length + 3 && lw.EndsWith(h, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
