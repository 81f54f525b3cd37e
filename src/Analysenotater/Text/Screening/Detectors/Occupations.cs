namespace Analysenotater.Text.Screening.Detectors;

/// <summary>
/// Occupations and public offices that single a person out in a municipality when said of the respondent or a relative
/// («broren min er lensmann», «jeg er rektor her»). Bokmål and nynorsk base forms; staff roles in health and welfare
/// services are in the lexicon's staff-role list and are looked up there too.
/// </summary>
internal static class Occupations
{
    private static readonly HashSet<string> Words =
    [
        "lensmann", "lensmannsbetjent", "politi", "politimann", "politikvinne", "politibetjent", "politimester", "prest", "sokneprest", "kapellan", "diakon",
        "kirketjener", "organist", "kantor", "rektor", "inspektør", "lærer", "lærar", "lektor", "adjunkt", "barnehagelærer", "barnehagelærar", "styrer",
        "assistent", "rørlegger", "røyrleggar", "elektriker", "snekker", "snikkar", "tømrer", "tømrar", "murer", "murar", "maler", "målar", "sveiser",
        "mekaniker", "frisør", "bonde", "gardbruker", "gardbrukar", "fisker", "fiskar", "sjåfør", "bussjåfør", "drosjesjåfør", "taxisjåfør", "lastebilsjåfør",
        "ordfører", "ordførar", "varaordfører", "varaordførar", "rådmann", "kommunedirektør", "kommunestyrerepresentant", "kommunestyremedlem",
        "bystyrerepresentant", "stortingsrepresentant", "politiker", "politikar", "dommer", "dommar", "advokat", "tannlege", "veterinær", "journalist",
        "redaktør", "butikksjef", "kjøpmann", "kokk", "bibliotekar", "brannmann", "brannkonstabel", "ambulansearbeider", "ambulansesjåfør", "jordmor",
        "helsesøster", "helsesykepleier", "apoteker", "postbud", "vaktmester", "vaktmeister", "fotballtrener", "trener", "trenar", "banksjef", "konduktør",
        "los", "skipper", "kaptein", "styreleder", "daglig", "lege", "sykepleier", "sjukepleiar", "psykolog", "psykiater", "miljøterapeut", "fastlege",
        "sosionom", "barnevernspedagog", "vernepleier", "vernepleiar", "fysioterapeut", "ergoterapeut", "kommuneoverlege", "prost", "biskop", "soldat",
        "offiser", "rådgiver", "rådgjevar", "sekretær", "regnskapsfører", "revisor", "eiendomsmegler", "megler", "fengselsbetjent", "tollar", "toller",
    ];

    /// <summary>Whether <paramref name="lower"/> (lower case, definite or indefinite) names an occupation or office.</summary>
    public static bool Contains(ScreeningLexicon lexicon, string lower)
    {
        if (Words.Contains(lower) || lexicon.StaffRoles.Contains(lower))
        {
            return true;
        }

        foreach (var ending in (string[])["en", "a", "n", "et"])
        {
            if (lower.Length > ending.Length + 3 && lower.EndsWith(ending, StringComparison.Ordinal) && Words.Contains(lower[..^ending.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
