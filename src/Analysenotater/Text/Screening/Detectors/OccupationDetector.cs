using System.Text.RegularExpressions;

namespace Analysenotater.Text.Screening.Detectors;

/// <summary>
/// The respondent's own occupation or public office: «jeg er rektor på en av skolene her», «eg jobbar som lærar»,
/// «er eneste rørlegger i kommunen», «Som kommunestyrerepresentant …», «eg køyrer skulebussen». In a municipality an
/// occupation said of oneself narrows the respondent to a few people. Certain when tied to the place («her», «i
/// kommunen», «i bygda», «på …») or to uniqueness («eneste»), doubtful otherwise.
/// </summary>
internal static partial class OccupationDetector
{
    public static void Detect(ScreeningText s)
    {
        foreach (var m in SelfPattern().Matches(s.Text).Concat(SubjectlessPattern().Matches(s.Text)).Concat(AsPattern().Matches(s.Text)).Cast<Match>())
        {
            var occ = m.Groups["occ"];
            if (!Occupations.Contains(s.Lexicon, occ.Value.ToLowerInvariant()))
            {
                continue;
            }

            var unique = m.Groups["only"].Success;
            var rest = s.Text[(occ.Index + occ.Length)..];
            var local = LocalTiePattern().IsMatch(rest);
            s.Add(IdentifierKind.Occupation, m.Index, occ.Index + occ.Length,
                unique ? "eget yrke eller verv med «eneste»" : local ? "eget yrke eller verv knyttet til stedet («her», «i kommunen», «på …»)" : "eget yrke eller verv",
                "yrke", unique || local ? ScreeningCertainty.Certain : ScreeningCertainty.Doubtful);
        }

        foreach (Match m in OnlyOccupationPattern().Matches(s.Text))
        {
            if (Occupations.Contains(s.Lexicon, m.Groups["occ"].Value.ToLowerInvariant()) && !StaffRole(s, m.Groups["occ"].Value))
            {
                s.Add(IdentifierKind.Occupation, m.Index, m.Index + m.Length, "«eneste» og et yrke («eneste rørlegger i kommunen»)", "yrke");
            }
        }

        foreach (Match m in DrivingPattern().Matches(s.Text))
        {
            s.Add(IdentifierKind.Occupation, m.Index, m.Index + m.Length, "eget yrke som sjåfør («eg køyrer skulebussen»)", "yrke");
        }
    }

    // Staff roles with «eneste» are the staff-description detector's («den eneste mannlige sykepleieren»).
    private static bool StaffRole(ScreeningText s, string word) => s.Lexicon.StaffRoles.Contains(word.ToLowerInvariant());

    private const string Lead = @"(?:\s+(?:en|ei|et|eit|ein|den|ny|nyansatt|fast|eneste|einaste|ensete|bare|berre|også|og|selv|sjølv|sjøl))*";

    // «jeg er rektor», «eg jobbar som lærar», «æ e prest», «jeg har jobbet som snekker».
    [GeneratedRegex(@"(?<![\p{L}])(?:jeg|eg|æ|jæ|je|jæi)\s+(?:er|e|var|va|jobber|jobbar|jobba|jobbet|arbeider|arbeidar|arbeidet|har\s+jobbet|har\s+jobba|har\s+vært|har\s+vore)(?:\s+som)?(?<only>\s+(?:eneste|einaste|ensete))?" + Lead + @"\s+(?<occ>\p{L}+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SelfPattern();

    // «Er eneste rørlegger i kommunen», «jobber som lærer» at the start of the comment or a sentence (subject left out).
    [GeneratedRegex(@"(?:^|[.!?\n]\s*)(?:er|e|jobber\s+som|jobbar\s+som|jobba\s+som|arbeider\s+som|arbeidar\s+som)(?<only>\s+(?:eneste|einaste|ensete))?" + Lead + @"\s+(?<occ>\p{L}+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SubjectlessPattern();

    // «Som kommunestyrerepresentant …», «Som lærer selv …» at the start of the comment or a sentence.
    [GeneratedRegex(@"(?:^|[.!?\n]\s*)som(?:\s+(?:en|ei|et|eit|ein))?\s+(?<occ>\p{L}+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex AsPattern();

    [GeneratedRegex(@"(?<![\p{L}])(?:eneste|einaste|ensete)\s+(?<occ>\p{L}+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OnlyOccupationPattern();

    [GeneratedRegex(@"(?<![\p{L}])(?:jeg|eg|æ|jæ|je)\s+(?:kjører|køyrer|kjøre|køyre|kjørte|køyrde|kjører\s+på|køyrer\s+på)\s+(?:skolebussen|skulebussen|bussen|drosje|drosjen|taxi|taxien|ferja|ferga|ferjen|ambulansen|ambulanse|søppelbilen|brøytebilen|postbilen|brøytebil|melkebilen|melkebil)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DrivingPattern();

    [GeneratedRegex(@"^[^.!?]{0,40}?(?<![\p{L}])(?:her|i\s+kommunen|i\s+kommuna|i\s+bygda|i\s+byen|på\s+\p{L}+|ved\s+\p{L}+|i\s+\p{Lu}\p{L}+)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LocalTiePattern();
}
