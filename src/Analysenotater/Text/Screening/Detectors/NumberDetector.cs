using System.Text.RegularExpressions;

namespace Analysenotater.Text.Screening.Detectors;

/// <summary>
/// National identity numbers (11 digits with or without a dash, dots or spaces; mod-11 control digits checked and
/// reported) and Norwegian phone numbers (8 digits with any separators, +47/0047/(+47)), except the public numbers in
/// the lexicon (helplines, emergency numbers, NAV) and amounts («25 000 000 kr»).
/// </summary>
internal static partial class NumberDetector
{
    /// <summary>Identity numbers (run before dates, so «010190 12480» is not read as a date).</summary>
    public static void DetectIds(ScreeningText s)
    {
        foreach (Match m in IdPattern().Matches(s.Text))
        {
            var digits = new string([.. m.Value.Where(char.IsAsciiDigit)]);
            var valid = NationalIdNumber.HasValidControlDigits(digits);
            var contiguousShape = m.Value.Length == 11 || m.Value.Length == 12 && !char.IsAsciiDigit(m.Value[6]);
            if (!valid && !contiguousShape)
            {
                continue; // spaced digits that fail the check are more likely two numbers
            }

            s.Add(IdentifierKind.NationalIdNumber, m.Index, m.Index + m.Length,
                valid ? "fødselsnummer (11 sifre, kontrollsifrene stemmer)" : "11 sifre som ligner et fødselsnummer (kontrollsifrene stemmer ikke; mulig feilskrevet)",
                "fødselsnummer");
        }

        foreach (Match m in IdKeywordPattern().Matches(s.Text))
        {
            var g = m.Groups["n"];
            s.Add(IdentifierKind.NationalIdNumber, g.Index, g.Index + g.Length, "nummer etter ordet fødselsnummer/personnummer", "fødselsnummer");
        }

        foreach (Match m in CaseNumberPattern().Matches(s.Text))
        {
            var g = m.Groups["n"];
            s.Add(IdentifierKind.CaseNumber, g.Index, g.Index + g.Length, "nummer etter ordet saksnummer/journalnummer/kundenummer o.l.", "saksnummer");
        }
    }

    /// <summary>Phone numbers (run after dates, so «24.12.2019» is not read as a phone number).</summary>
    public static void DetectPhones(ScreeningText s)
    {
        foreach (Match m in PhonePattern().Matches(s.Text))
        {
            var digits = ScreeningLexicon.DigitsOf(m.Value);
            if (s.Lexicon.PublicNumbers.Contains(digits) || IsAmountOrYears(s.Text, m))
            {
                continue;
            }

            var service = digits.Length == 8 && digits[0] == '8';
            if (m.Groups["intl"].Success)
            {
                s.Add(IdentifierKind.PhoneNumber, m.Index, m.Index + m.Length, "utenlandsk telefonnummer (+landkode)", "telefon");
                continue;
            }

            s.Add(IdentifierKind.PhoneNumber, m.Index, m.Index + m.Length,
                service ? "telefonnummer for en tjeneste (8xx), ikke i lista over offentlige nummer" : "telefonnummer (8 sifre)", "telefon",
                service ? ScreeningCertainty.Doubtful : ScreeningCertainty.Certain);
        }
    }

    /// <summary>
    /// Vehicle registration numbers (two capital letters and five digits, «DN 48213», «EV12345»; in lower case only after
    /// «bil», «reg.nr», «skilt» and the like) and bank account numbers (4-2-5 digits whose mod-11 control digit holds, or
    /// any such number after «konto»).
    /// </summary>
    public static void DetectVehiclesAndAccounts(ScreeningText s)
    {
        foreach (Match m in VehiclePattern().Matches(s.Text))
        {
            var upper = char.IsUpper(m.Value[0]) && char.IsUpper(m.Value[1]);
            var letters = m.Value[..2].ToLowerInvariant();
            var cue = !s.IsCommonWord(letters) && letters is not ("kr" or "ca" or "nr" or "kl") && VehicleCuePattern().IsMatch(s.Text[..m.Index]);
            if (upper || cue)
            {
                s.Add(IdentifierKind.VehicleRegistration, m.Index, m.Index + m.Length, "registreringsnummer på et kjøretøy (to bokstaver og fem sifre)", "bilnummer");
            }
        }

        foreach (Match m in AccountPattern().Matches(s.Text))
        {
            var digits = new string([.. m.Value.Where(char.IsAsciiDigit)]);
            var cue = AccountCuePattern().IsMatch(s.Text[..m.Index]);
            if (cue || HasValidAccountControlDigit(digits))
            {
                s.Add(IdentifierKind.AccountNumber, m.Index, m.Index + m.Length,
                    cue ? "kontonummer (etter ordet konto)" : "kontonummer (11 sifre i formen 4-2-5, kontrollsifferet stemmer)", "kontonummer");
            }
        }
    }

    private static bool HasValidAccountControlDigit(string digits)
    {
        int[] weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        var sum = 0;
        for (var k = 0; k < 10; k++)
        {
            sum += (digits[k] - '0') * weights[k];
        }

        var control = 11 - (sum % 11);
        control = control == 11 ? 0 : control;
        return control != 10 && control == digits[10] - '0';
    }

    private static bool IsAmountOrYears(string text, Match m)
    {
        var after = text.AsSpan(m.Index + m.Length).TrimStart();
        if (after.StartsWith("kr", StringComparison.OrdinalIgnoreCase) || after.StartsWith(",-", StringComparison.Ordinal) || after.StartsWith("nok", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("mill", StringComparison.OrdinalIgnoreCase) || after.StartsWith('%'))
        {
            return true;
        }

        var before = text.AsSpan(0, m.Index).TrimEnd();
        if (before.EndsWith("kr", StringComparison.OrdinalIgnoreCase) || before.EndsWith("kr.", StringComparison.OrdinalIgnoreCase) || before.EndsWith("nok", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return YearRangePattern().IsMatch(m.Value);
    }

    [GeneratedRegex(@"\b(?:fødselsnummer\w*|fødselsnr\.?|fødselsnum+er|f\.?nr\.?|personnummer\w*|personnr\.?|pers\.?nr\.?|pnr\.?|d-nummer\w*|fnr)\s*(?:mitt|mit|er|e|:|=|-|\s)*\s*(?<n>\d[\d \-.]{3,16}\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IdKeywordPattern();

    // «saksnummer 22/04511», «saksnr: 2023-1187», «journalnummeret mitt er 4411», «kundenr. 558812»: at least three digits.
    [GeneratedRegex(@"\b(?:saks|journal|kunde|medlems|pasient|referanse|ref|klient|søknads|sak)-?(?:nummer\w*|nr\.?|no\.?)\s*(?:mitt|mitt|min|er|e|:|=|-|\s)*\s*(?<n>\d[\d/\-. ]{1,14}\d)(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaseNumberPattern();

    [GeneratedRegex(@"(?<![\d+])(?:\d{6}[ \-.]?\d{5}|\d{6} \d{3} \d{2}|\d{2}[ .]\d{2}[ .]\d{2}[ \-.]?\d{5}|\d{2}[ .]\d{2}[ .]\d{2}[ \-.]?\d{3} \d{2})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"(?<![\d+])(?:(?:(?:\+|00)\s?47[\s.\-]?|\(\+?47\)\s?)?[2-9](?:[ .\-]?\d){7}|(?<intl>(?:\+|00)(?!47)[1-9]\d{0,2}[\s.\-]?\(?\d{1,4}\)?(?:[ .\-]?\d){5,10}))(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z]{2} ?[1-9]\d{4}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex VehiclePattern();

    [GeneratedRegex(@"(?:\bbil\w*|\breg\w*|\bskilt\w*|\bnummerskilt\w*|\bkjennemerke\w*)[^.!?]{0,40}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VehicleCuePattern();

    [GeneratedRegex(@"(?<![\d])\d{4}[ .]?\d{2}[ .]?\d{5}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex AccountPattern();

    [GeneratedRegex(@"\bkonto\w*[^.!?]{0,25}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AccountCuePattern();

    [GeneratedRegex(@"^(?:19|20)\d\d\s?[-–/]\s?(?:19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex YearRangePattern();
}
