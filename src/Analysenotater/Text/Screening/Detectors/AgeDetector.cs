using System.Globalization;
using System.Text.RegularExpressions;

namespace Analysenotater.Text.Screening.Detectors;

/// <summary>
/// A person's age: «jeg er 23», «eg er snart 70», «er bare tjueto år», «e 19 år», «som 67-åring», «dame på 45»,
/// «Mann, 38 år», «58 år gammel», «alder 44»; birth years «født i 1961», «født -84», «fødd 1998». Durations
/// («3 år på venteliste», «rusfri i 18 mnd»), amounts and age groups («18-åringer», «de over 65») are not ages.
/// Numbers in words are read from «tolv» to «hundre» (bokmål and nynorsk).
/// </summary>
internal static partial class AgeDetector
{
    private const string NumberWord =
        @"(?:(?:tjue|tyve|tretti|tredve|førti|femti|seksti|sytti|søtti|åtti|nitti)(?:en|ein|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni)?|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|hundre)";

    private static readonly string[] Tens = ["tjue", "tyve", "tretti", "tredve", "førti", "femti", "seksti", "sytti", "søtti", "åtti", "nitti"];
    private static readonly int[] TenValues = [20, 20, 30, 30, 40, 50, 60, 70, 70, 80, 90];
    private static readonly string[] Units = ["en", "ein", "ett", "to", "tre", "fire", "fem", "seks", "sju", "syv", "åtte", "ni"];
    private static readonly int[] UnitValues = [1, 1, 1, 2, 3, 4, 5, 6, 7, 7, 8, 9];
    private static readonly string[] Teens = ["elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten", "hundre"];
    private static readonly int[] TeenValues = [11, 12, 13, 14, 15, 16, 17, 18, 19, 100];

    private static readonly HashSet<string> PluralSubjects = ["det", "der", "dette", "her", "klokka", "klokken", "kl", "hvor", "kor", "vi", "me", "dere", "dokker", "dykk", "de", "dei", "dem", "dæm", "mange", "antall", "talet", "tallet", "prisen", "husleia", "husleien", "summen", "regninga", "regningen", "ventetida", "ventetiden", "køen", "karakteren", "nummeret", "bussen", "nr", "det.", "scoren"];

    public static void Detect(ScreeningText s)
    {
        foreach (Match m in StatedAgePattern().Matches(s.Text))
        {
            var n = m.Groups["n"];
            var value = ParseNumber(n.Value);
            var hasYears = m.Groups["yr"].Success;
            var hasOld = m.Groups["old"].Success;
            if (value < 0 || value > 110 || (!hasYears && value < 12) || value < 5)
            {
                continue;
            }

            if (PluralSubjects.Contains(WordBefore(s.Text, m.Index)))
            {
                continue;
            }

            var next = WordAfter(s.Text, m.Index + m.Length);
            if (!hasOld && (NorwegianGrammarWords.Units.Contains(next) || next is "-" or "–" or "/"))
            {
                continue;
            }

            var turning = m.Groups["v"].Value.StartsWith("fyl", StringComparison.OrdinalIgnoreCase) || m.Groups["v"].Value.StartsWith("rund", StringComparison.OrdinalIgnoreCase);
            if (hasYears && !hasOld && !turning && NorwegianGrammarWords.DurationFollowers.Contains(next))
            {
                continue; // «var 3 år på venteliste», «er 2 år siden»
            }

            s.Add(IdentifierKind.Age, m.Index, m.Index + m.Length, "alder oppgitt («er/fyller» og et tall)", "alder");
        }

        foreach (Match m in AgedPersonPattern().Matches(s.Text))
        {
            var value = ParseNumber(m.Groups["n"].Value);
            var next = WordAfter(s.Text, m.Index + m.Length);
            if (value is >= 12 and <= 110 && !(NorwegianGrammarWords.Units.Contains(next) && next != "år"))
            {
                s.Add(IdentifierKind.Age, m.Index, m.Index + m.Length, "person beskrevet med alder («dame på 45», «Mann, 38 år»)", "alder");
            }
        }

        AddAges(s, YearsOldPattern(), 1, "alder oppgitt («… år gammel», «…-åring», «alder …»)");

        AddBirthYears(s, BirthYearPattern(), "fødselsår", ScreeningCertainty.Certain);

        AddAges(s, AgedAdjectivePattern(), 1, "person beskrevet med alder («min 16-årige sønn»)");

        AddAges(s, LeadingYearsPattern(), 12, "tall og «år» først i kommentaren eller setningen (mulig alder: «52 år, ufør»)", ScreeningCertainty.Doubtful);

        AddAges(s, PersonNounYearsPattern(), 12, "person beskrevet med alder uten komma («kvinne 39 år»)");

        AddBirthYears(s, BirthYearOriginPattern(), "fødselsår oppgitt som «jeg er fra 1999», «87-modell», «årgang -61»", ScreeningCertainty.Certain);

        AddBirthYears(s, BirthDecadePattern(), "fødselstiår («født på 80-tallet»)", ScreeningCertainty.Doubtful);
    }

    /// <summary>Every match of <paramref name="pattern"/> whose number (group «n») is an age from
    /// <paramref name="minimum"/> to 110 is flagged as an age.</summary>
    private static void AddAges(ScreeningText s, Regex pattern, int minimum, string reason, ScreeningCertainty certainty = ScreeningCertainty.Certain)
    {
        foreach (Match m in pattern.Matches(s.Text))
        {
            var value = ParseNumber(m.Groups["n"].Value);
            if (value >= minimum && value <= 110)
            {
                s.Add(IdentifierKind.Age, m.Index, m.Index + m.Length, reason, "alder", certainty);
            }
        }
    }

    /// <summary>Every match of <paramref name="pattern"/> is a birth year.</summary>
    private static void AddBirthYears(ScreeningText s, Regex pattern, string reason, ScreeningCertainty certainty)
    {
        foreach (Match m in pattern.Matches(s.Text))
        {
            s.Add(IdentifierKind.Age, m.Index, m.Index + m.Length, reason, "fødselsår", certainty);
        }
    }

    /// <summary>Digits or a number word as an integer; -1 when not a number.</summary>
    internal static int ParseNumber(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        var ti = Array.IndexOf(Teens, t);
        if (ti >= 0)
        {
            return TeenValues[ti];
        }

        for (var k = 0; k < Tens.Length; k++)
        {
            if (t.StartsWith(Tens[k], StringComparison.Ordinal))
            {
                var rest = t[Tens[k].Length..];
                if (rest.Length == 0)
                {
                    return TenValues[k];
                }

                var ui = Array.IndexOf(Units, rest);
                return ui >= 0 ? TenValues[k] + UnitValues[ui] : -1;
            }
        }

        return -1;
    }

    private static string WordBefore(string text, int index)
    {
        var m = WordBeforePattern().Match(text[..index]);
        return m.Success ? m.Groups[1].Value.ToLowerInvariant() : "";
    }

    private static string WordAfter(string text, int index)
    {
        var m = WordAfterPattern().Match(text, index);
        return m.Success && m.Index < text.Length ? m.Groups[1].Value.ToLowerInvariant() : "";
    }

    // «er 23», «e 19 år», «eg er snart 70», «fyller 50», «ble 65», «er bare tjueto år gammel».
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<v>er|e|æ|va|var|ble|blei|blir|bli|vart|vert|fyller|fylte|fyllte|fylle|fyll|fylt|fyllar|runda|rundet|runder)(?:\s+(?:bare|berre|bære|snart|nesten|kun|akkurat|straks|over|under|rundt|ca\.?|cirka|nettopp|blitt|vorte|fylt|allerede|allereie|alt|no|nå|jo|vel|faktisk|over|godt|drøyt))*\s+(?<n>\d{1,3}|" + NumberWord + @")(?![\p{L}\p{N}.,]\d|[\p{L}\p{N}])(?<yr>\s*(?:år|åring|åra|år\.))?(?<old>\s+(?:gammel|gammal|gamle|gml\.?|gamal))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatedAgePattern();

    // «dame på 45», «kona mi på 72», «Mann, 38 år», «Gutt, 19 år», «hu mamma på 46».
    [GeneratedRegex(@"(?<![\p{L}])(?:mann|mannen|kvinne|kvinna|kvinnen|kone|kona|dame|dama|damen|gutt|gutten|jente|jenta|jenten|kar|karen|fyr|fyren|mor|mora|moren|far|faren|mamma|pappa|sønn|sønnen|datter|dattera|datteren|dotter|dottera|bror|broren|søster|søstera|søsteren|enke|enka|enkemann|pensjonist|ungdom|student|gubbe|kjerring|mor|far|farmor|farfar|mormor|morfar|bestemor|bestefar|svigermor|svigerfar)(?:\s+(?:min|mi|mitt|hennes|hans|vår|di|din))?(?:\s+på|\s*,)\s+(?<n>\d{1,3}|" + NumberWord + @")(?![\p{L}\p{N}])(?:\s*år)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgedPersonPattern();

    // «58 år gammel», «som 67-åring», «sekstiåring», «alder: 44», «38 år, mann».
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?<n>\d{1,3}|" + NumberWord + @")\s*år\s+(?:gammel|gammal|gamle|gml|gamal)(?![\p{L}])|(?<n>\d{1,3})\s?-?\s?åring(?:en)?(?![\p{L}])|(?<n>" + NumberWord + @")-?åring(?:en)?(?![\p{L}])|alder\s*:?\s*(?<n>\d{1,3})(?![\p{L}\p{N}])|(?<n>\d{1,3})\s*år\s*,\s*(?:mann|kvinne|dame|gutt|jente|kar)(?![\p{L}]))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearsOldPattern();

    // «født i 1961», «født -84», «fødd 1998», «f. 1979», «årgang 61».
    [GeneratedRegex(@"(?<![\p{L}])(?:født|fødd|føydd|f\.|årgang|årskull)\s*(?:i|år|:|på|den)?\s*(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{1,2}\.\s*\p{L}+\s+(?:19|20)\d{2}|['’\-–]\s?\d{2}|(?:19|20)\d{2})(?![\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BirthYearPattern();

    // «min 16-årige sønn», «en 45 år gammel mann» (covered above), «vår tolvårige datter», «i en alder av 45».
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:min|mi|mitt|mine|vår|vårt|hans|hennes|deres|en|ei|et|eit|den|som|sin|si|sitt)\s+(?<n>\d{1,3}|" + NumberWord + @")\s?-?\s?årig(?:e)?(?![\p{L}])|alder(?:en)?\s+(?:av|på)\s+(?<n>\d{1,3}|" + NumberWord + @")(?![\p{L}\p{N}]))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgedAdjectivePattern();

    // «52 år, ufør», «34 år og alenemor» at the start of the comment or a sentence.
    [GeneratedRegex(@"(?:^|[.!?\n]\s*)(?<n>\d{1,3})\s*år\s*(?:,|og\s|å\s|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex LeadingYearsPattern();

    // «kvinne 39 år», «gutt 17 år», «mann 52 år gammel» (no «på» or comma).
    [GeneratedRegex(@"(?<![\p{L}])(?:mann|kvinne|dame|gutt|jente|kar|pensjonist|ungdom|student|mor|far|alenemor|alenefar|enke|enkemann|småbarnsmor|småbarnsfar)\s+(?<n>\d{1,3}|" + NumberWord + @")\s*(?:år|åra)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonNounYearsPattern();

    // «jeg er fra 1999», «eg er frå -85», «som 87-modell», «er en 1979-modell», «årsmodell 64».
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:jeg|eg|æ|jæ|je|i)\s+(?:er|e)\s+(?:fra|frå|ifra|ifrå|av)\s+(?:årgang\s+)?(?:(?:19|20)\d{2}|['’\-–]\s?\d{2})(?![\p{N}])|(?:er|e|som|jeg|eg|æ)\s+(?:en\s+|ein\s+|ei\s+)?(?:19)?\d{2}\s?-\s?modell(?:en)?(?![\p{L}])|årsmodell\s+(?:19)?\d{2}(?![\p{N}]))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BirthYearOriginPattern();

    // «født på 80-tallet», «fødd på 90-talet».
    [GeneratedRegex(@"(?<![\p{L}])(?:født|fødd)\s+(?:på|i)\s+(?:slutten\s+av\s+|starten\s+av\s+|midten\s+av\s+)?(?:19|20)?\d0-tal(?:l)?et(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BirthDecadePattern();

    [GeneratedRegex(@"([\p{L}\p{N}.]+)\s*[,]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex WordBeforePattern();

    [GeneratedRegex(@"\G\s*([\p{L}\p{N}%]+|[\-–/])", RegexOptions.CultureInvariant)]
    private static partial Regex WordAfterPattern();
}
