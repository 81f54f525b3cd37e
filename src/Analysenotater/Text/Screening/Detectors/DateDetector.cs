using System.Globalization;
using System.Text.RegularExpressions;
using Analysenotater.Text.Tokenization;

namespace Analysenotater.Text.Screening.Detectors;

/// <summary>
/// Calendar dates and personal events tied to a time. A date in a sentence about a service's schedule («stengt fra
/// 1. juli til 5. august», «kurset starter 15. september») is not flagged; a personal event word (a fire, a trial, a
/// death, an admission, a release, an eviction …) with a date, month, holiday or season in the same sentence is a
/// <see cref="IdentifierKind.DatedEvent"/>; any other date is a <see cref="IdentifierKind.Date"/>.
/// </summary>
internal static partial class DateDetector
{
    private static readonly HashSet<string> ScheduleWords =
    [
        "åpen", "åpent", "åpne", "åpner", "åpnet", "åpnes", "åpning", "åpningstid", "åpningstider", "åpningstidene", "ope", "opent", "opnar", "opna", "opning",
        "opningstid", "opningstider", "stengt", "stenger", "stengd", "steng", "stengte", "stengjer", "lukket", "lukka", "lukker", "starter", "startar", "starta",
        "start", "oppstart", "oppstarten", "begynner", "byrjar", "frist", "fristen", "søknadsfrist", "søknadsfristen", "sommeråpent", "sommerstengt",
        "juleåpent", "stengetid", "ferieavvikling", "kursstart", "semesterstart", "påmelding", "påmeldingsfrist", "avsluttes", "slutter", "sluttar",
        "tilbudet", "tilbodet", "kafeen", "kurset", "gruppa", "dagsenteret", "senteret", "dagtilbudet",
    ];

    private static readonly HashSet<string> EventWords =
    [
        "brann", "brannen", "brant", "brende", "brent", "rettssak", "rettssaken", "rettssaka", "dom", "dommen", "dømt", "dømd", "domfelt", "ulykke", "ulykken",
        "ulykka", "overdose", "overdosen", "overdosa", "døde", "døydde", "død", "døden", "dødsfall", "dødsfallet", "begravelse", "begravelsen", "gravferd",
        "gravferda", "selvmord", "selvmordet", "selvmordsforsøk", "selvmordsforsøket", "sjølvmord", "sjølvmordsforsøk", "innlagt", "innlagd", "innleggelse",
        "innleggelsen", "innlegging", "tvangsinnlagt", "tvangsinnlagd", "tvangsinnleggelse", "utskrevet", "utskriven", "utskrivelse", "løslatt", "løslaten",
        "løslatelse", "løslatelsen", "arrestert", "arrestasjon", "arrestasjonen", "pågrepet", "utkastelse", "utkastelsen", "utkastet", "skilsmisse",
        "skilsmissen", "samlivsbrudd", "samlivsbruddet", "fødte", "fødsel", "fødselen", "abort", "aborten", "voldtekt", "voldtekten", "voldtatt", "overfall",
        "overfallet", "overfalt", "ranet", "ranert", "mishandlet", "knivstukket", "knivstikking", "anmeldt", "anmeldelse", "anmeldelsen", "omsorgsovertakelse",
        "omsorgsovertakelsen", "fengslet", "varetekt", "varetektsfengslet", "sprekk", "sprekken", "sprakk", "tilbakefall", "tilbakefallet", "oppsagt",
        "sparket", "operert", "operasjon", "operasjonen", "infarkt", "hjerteinfarkt", "slag", "slaget", "brudd", "krasj", "kollisjon", "konkurs", "tvangssalg",
        "tvangsflytta", "tvangsflyttet", "sjukehusinnlegging", "akutten", "akuttinnlagt", "ulukke", "ulukka", "ulukkja", "forsvant", "forsvann", "forsvunnet", "druknet", "drukna",
        "tiltalt", "tiltala", "siktet", "sikta", "frifunnet", "frifunnen", "frikjent", "avisoppslaget", "avisoppslag", "oppslaget",
        "knivsaken", "straffesaken", "rettssaka", "barnevernssaken", "låg", "innlagd",
    ];

    private static readonly (string First, string Second)[] EventPhrases =
    [
        ("tok", "livet"), ("tatt", "livet"), ("skrevet", "ut"), ("skrive", "ut"), ("skriven", "ut"), ("lagt", "inn"), ("lagd", "inn"), ("kastet", "ut"),
        ("kasta", "ut"), ("slapp", "ut"), ("sluppet", "ut"), ("sleppt", "ut"), ("mistet", "jobben"), ("mista", "jobben"), ("mistet", "leiligheten"),
        ("mista", "leilegheita"), ("satt", "på"), ("tatt", "fra"), ("tok", "fra"), ("havnet", "på"), ("hamna", "på"), ("kom", "ut"), ("sendt", "hjem"),
    ];

    private static readonly HashSet<string> TimePrepositions = ["i", "fra", "frå", "siden", "sidan", "sia", "før", "etter", "til", "te", "på", "om", "tidlig", "sist", "forrige", "førre"];

    private static readonly HashSet<string> FirstPerson = ["jeg", "eg", "æ", "e", "je", "meg", "mæ", "mej", "vi", "me", "min", "mi", "mitt", "mine", "vår", "oss", "født", "fødd", "fødselsdato", "bursdag", "bursdagen"];

    public static void Detect(ScreeningText s)
    {
        var dates = new List<(int Start, int End)>();
        foreach (Match m in DatePattern().Matches(s.Text))
        {
            if (IsValidDate(s.Text, m))
            {
                dates.Add((m.Index, m.Index + m.Length));
            }
        }

        var sentences = s.Sentence.Length == 0 ? 0 : s.Sentence[^1] + 1;
        for (var sent = 0; sent < sentences; sent++)
        {
            var idx = Enumerable.Range(0, s.Tokens.Count).Where(i => s.Sentence[i] == sent).ToList();
            if (idx.Count == 0)
            {
                continue;
            }

            var sStart = s.Tokens[idx[0]].Start;
            var sEnd = s.Tokens[idx[^1]].End;
            var sentDates = dates.Where(d => d.Start >= sStart && d.Start < sEnd).ToList();
            var events = idx.Where(i => IsEventAt(s, i)).ToList();
            var times = TimeExpressions(s, idx, sentDates);
            var schedule = idx.Any(i => ScheduleWords.Contains(s.Lower(i))) || IsDateRange(s.Text, sentDates);

            if (events.Count > 0 && times.Count > 0)
            {
                var ev = s.Tokens[events[0]];
                var time = times[0];
                var start = Math.Min(ev.Start, time.Start);
                var end = Math.Max(ev.End, time.End);
                s.Add(IdentifierKind.DatedEvent, start, end, "personlig hendelse knyttet til et tidspunkt (dato, måned, høytid eller årstid)", "datert-hendelse",
                    time.Vague ? ScreeningCertainty.Doubtful : ScreeningCertainty.Certain);
                continue;
            }

            if (events.Count == 0 && times.Count > 0 && EtterNounPattern(s, idx, times))
            {
                var time = times[0];
                var first = s.Tokens[idx[0]];
                s.Add(IdentifierKind.DatedEvent, first.Start, time.End, "«etter …» med et tidspunkt (mulig personlig hendelse)", "datert-hendelse", ScreeningCertainty.Doubtful);
                continue;
            }

            if (schedule && events.Count == 0)
            {
                continue; // a service's opening or closing dates name no one
            }

            var personal = idx.Any(i => FirstPerson.Contains(s.Lower(i)));
            foreach (var d in sentDates)
            {
                s.Add(IdentifierKind.Date, d.Start, d.End, "dato", "dato", personal ? ScreeningCertainty.Certain : ScreeningCertainty.Doubtful);
            }
        }
    }

    private static bool IsEventAt(ScreeningText s, int i)
    {
        if (s.Tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        var lw = s.Lower(i);
        if (EventWords.Contains(lw))
        {
            return true;
        }

        var next = s.NextWord(i);
        return next >= 0 && EventPhrases.Contains((lw, s.Lower(next)));
    }

    /// <summary>Dates, months after a preposition or before a year, holidays, seasons after «i», years.</summary>
    private static List<(int Start, int End, bool Vague)> TimeExpressions(ScreeningText s, List<int> idx, List<(int Start, int End)> dates)
    {
        var list = new List<(int Start, int End, bool Vague)>();
        list.AddRange(dates.Select(d => (d.Start, d.End, false)));
        foreach (var i in idx)
        {
            var lw = s.Lower(i);
            var prev = s.PrevWord(i);
            var prevLw = prev >= 0 ? s.Lower(prev) : "";
            if (s.Tokens[i].Kind == TokenKind.Word && NorwegianGrammarWords.Months.Contains(lw))
            {
                if (TimePrepositions.Contains(prevLw) || i + 1 < s.Tokens.Count && s.Tokens[i + 1].Kind == TokenKind.Number && s.Tokens[i + 1].Text.Length == 4)
                {
                    list.Add((s.Tokens[i].Start, s.Tokens[i].End, false));
                }
            }
            else if (NorwegianGrammarWords.Holidays.Contains(lw) || lw.EndsWith("juledag", StringComparison.Ordinal) || lw.EndsWith("påskedag", StringComparison.Ordinal))
            {
                list.Add((s.Tokens[i].Start, s.Tokens[i].End, false));
            }
            else if (NorwegianGrammarWords.Seasons.Contains(lw) && prevLw is "i" or "fjor" or "sist" or "forrige" or "førre" or "til" or "om")
            {
                list.Add((s.Tokens[i].Start, s.Tokens[i].End, false));
            }
            else if (s.Tokens[i].Kind == TokenKind.Number && prevLw is "uke" or "veke" or "veka" or "uka" && int.TryParse(s.Tokens[i].Text, CultureInfo.InvariantCulture, out var week) && week is >= 1 and <= 53)
            {
                list.Add((s.Tokens[prev].Start, s.Tokens[i].End, false)); // «i uke 34»
            }
            else if (lw is "fjor" or "fjol" && prevLw is "i")
            {
                list.Add((s.Tokens[prev].Start, s.Tokens[i].End, true)); // «i fjor»: vague, so doubtful
            }
            else if (s.Tokens[i].Kind == TokenKind.Number && s.Tokens[i].Text.Length == 4 && s.Tokens[i].Text[0] is '1' or '2'
                && int.TryParse(s.Tokens[i].Text, CultureInfo.InvariantCulture, out var y) && y is >= 1950 and <= 2035 && prevLw is "i" or "høsten" or "våren" or "sommeren" or "vinteren")
            {
                list.Add((s.Tokens[i].Start, s.Tokens[i].End, true));
            }
        }

        return [.. list.OrderBy(t => t.Start)];
    }

    /// <summary>«Etter brannen i mars …»: the sentence opens with «etter» and a definite noun, followed by a time.</summary>
    private static bool EtterNounPattern(ScreeningText s, List<int> idx, List<(int Start, int End, bool Vague)> times)
    {
        var first = idx.FirstOrDefault(i => s.Tokens[i].Kind == TokenKind.Word, -1);
        if (first < 0 || s.Lower(first) is not ("etter" or "etter at" or "sia" or "siden" or "sidan"))
        {
            return false;
        }

        var noun = s.NextWord(first);
        return noun >= 0 && !times.Any(t => t.Start == s.Tokens[noun].Start) && s.Tokens[noun].Lower.Length > 3
            && (s.Lower(noun).EndsWith("en", StringComparison.Ordinal) || s.Lower(noun).EndsWith("et", StringComparison.Ordinal) || s.Lower(noun).EndsWith('a'))
            && times.Any(t => t.Start > s.Tokens[noun].Start && t.Start - s.Tokens[noun].End < 12);
    }

    private static bool IsDateRange(string text, List<(int Start, int End)> dates)
    {
        for (var k = 0; k + 1 < dates.Count; k++)
        {
            var between = text[dates[k].End..dates[k + 1].Start].Trim().ToLowerInvariant();
            if (between is "til" or "te" or "-" or "–" or "og" or "to")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValidDate(string text, Match m)
    {
        var before = text.AsSpan(0, m.Index).TrimEnd();
        if (before.EndsWith("kl", StringComparison.OrdinalIgnoreCase) || before.EndsWith("kl.", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("klokka", StringComparison.OrdinalIgnoreCase) || before.EndsWith("klokken", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (m.Groups["d"].Success)
        {
            var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (d is < 1 or > 31 || mo is < 1 or > 12)
            {
                return false;
            }

            // «1.5» or «2.3» without a year is more likely a decimal number than a date.
            return m.Groups["y"].Success || m.Groups["d"].Value.Length == 2 || m.Groups["m"].Value.Length == 2;
        }

        if (m.Groups["d2"].Success)
        {
            var d = int.Parse(m.Groups["d2"].Value, CultureInfo.InvariantCulture);
            return d is >= 1 and <= 31;
        }

        return true;
    }

    [GeneratedRegex(@"(?<![\d.,])(?:(?<d>\d{1,2})[./](?<m>\d{1,2})(?:[./](?<y>\d{4}|\d{2}))?(?![\d]|[.,]\d)|\d{4}-\d{2}-\d{2}|(?<d2>\d{1,2})\.?\s*(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|apr|jun|jul|aug|sep|sept|okt|nov|des)\b\.?(?:\s+\d{4})?|\d{1,2}\.\s*(?:juledag|påskedag|pinsedag|nyttårsdag)\w*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();
}
