using System.Text.RegularExpressions;

namespace Analysenotater.Text.Screening.Detectors;

/// <summary>
/// Street addresses with a house number, in any case: a street word («møllevegen», «storgata», «Kirkeveien»,
/// «granlia», «solbakken») or «gate/vei/veg» after a name («Nordre gate», «øvre Storgate») followed by a number and an
/// optional letter. «på gata i 4 år» and «bakken 2 ganger» are not addresses (no compound street word, or a unit after
/// the number).
/// </summary>
internal static partial class AddressDetector
{
    public static void Detect(ScreeningText s)
    {
        foreach (Match m in CompoundStreetPattern().Matches(s.Text))
        {
            if (IsCountAfter(s.Text, m.Index + m.Length))
            {
                continue;
            }

            var stem = m.Groups["street"].Value;
            var certain = stem.Length >= 8 || char.IsUpper(stem[0]);
            s.Add(IdentifierKind.StreetAddress, m.Index, m.Index + m.Length, "gateadresse med husnummer", "adresse",
                certain ? ScreeningCertainty.Certain : ScreeningCertainty.Doubtful);
        }

        foreach (Match m in NamedStreetPattern().Matches(s.Text))
        {
            if (!IsCountAfter(s.Text, m.Index + m.Length))
            {
                s.Add(IdentifierKind.StreetAddress, m.Index, m.Index + m.Length, "gateadresse med husnummer", "adresse");
            }
        }
    }

    private static bool IsCountAfter(string text, int index)
    {
        var m = NextWordPattern().Match(text, index);
        return m.Success && NorwegianGrammarWords.Units.Contains(m.Groups[1].Value.ToLowerInvariant());
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<street>\p{L}{2,}(?:veien|vegen|veg|vei|gata|gate|gaten|gt\.?|stien|stigen|bakken|bakke|lia|lien|liå|haugen|plassen|plass|allé|alleen|svingen|tunet|løkka|løkken|jordet|kroken|brinken|ringen|myra|myren|bråten|åsen|kollen|toppen|hagen|marka|grenda|vollen|jordet|skogen|berget|sletta|sletten|tangen|kaia|kaien|brygga|bryggen|torget|parken|engen|enga|grenda|fjellet|dalen|lunden|stubben|veita|smauet|smuget))\s+(?<no>\d{1,4})(?:\s?[a-hA-H](?![\p{L}]))?(?![\p{L}\p{N}]|[.,]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CompoundStreetPattern();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:nordre|søndre|øvre|nedre|store|lille|gamle|nye|vestre|østre|indre|ytre)\s+\p{L}*|\p{Lu}\p{L}+(?:s)?\s+)(?:gate|gata|gaten|vei|veien|veg|vegen|allé|plass|torg)\s+(?<no>\d{1,4})(?:\s?[a-hA-H](?![\p{L}]))?(?![\p{L}\p{N}]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedStreetPattern();

    [GeneratedRegex(@"\G\s*([\p{L}%]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NextWordPattern();
}
