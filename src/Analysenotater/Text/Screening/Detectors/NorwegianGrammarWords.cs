using Lucene.Net.Analysis.No;

namespace Analysenotater.Text.Screening.Detectors;

/// <summary>Closed word classes the detectors use (bokmål, nynorsk and common dialect/SMS spellings), lower case.</summary>
internal static class NorwegianGrammarWords
{
    /// <summary>Function words: Lucene.Net's Norwegian stop words plus nynorsk and dialect/SMS forms.</summary>
    public static readonly HashSet<string> Function = BuildFunction();

    /// <summary>Prepositions that tie a person to a place or workplace («Liv på dagsenteret», «Siv fra hjemmetjenesten»).</summary>
    public static readonly HashSet<string> PlacePrepositions = ["på", "i", "fra", "frå", "hos", "ved", "ifra", "på", "pao", "paa"];

    /// <summary>Words after which the next word is a person being thanked, asked for or greeted.</summary>
    public static readonly HashSet<string> AddressCues = ["takk", "tusen", "takke", "hilsen", "hilsn", "hils", "helsing", "klem", "ros", "skryt", "savner", "saknar", "spør", "spørr", "snakk", "snakket", "snakka", "snakker", "snakkar", "snakte", "prat", "prata", "prater", "pratet", "pratar", "ring", "heter", "het", "kalt", "kjære", "taaakk", "takkk", "tk"];

    /// <summary>Verbs that, after a name-like subject, make it a person («Ola hjalp», «Sol sa»).</summary>
    public static readonly HashSet<string> PersonVerbs =
    [
        "hjalp", "hjelper", "hjelpte", "hjelpa", "sa", "sier", "seier", "sei", "ringte", "ringer", "ringde", "ringa", "kom", "kommer", "kjem", "fant", "finner", "fann",
        "lærte", "lærer", "lærde", "lager", "lagar", "laga", "baker", "bakte", "kjører", "kjørte", "køyrer", "smiler", "smilte", "vet", "veit", "visste",
        "stiller", "stilte", "bryr", "brydde", "skjønner", "skjønte", "skjønar", "forstår", "forsto", "forstod", "lytter", "lyttet", "lyttar", "lytta",
        "gir", "ga", "gav", "gjev", "fikser", "fiksa", "ordner", "ordnet", "ordna", "jobber", "jobbet", "jobbar", "jobba", "sluttet", "slutta",
        "tok", "tar", "tek", "ser", "såg", "så", "hilser", "trøstet", "trøsta", "besøker", "besøkte", "følger", "fulgte", "følgde", "svarer", "svarte",
        "svarar", "fortjener", "fortener", "heter", "het", "bor", "bur", "budde", "bodde", "kjørte", "reddet", "redda", "spurte", "spør", "har", "hadde", "e", "er", "va", "var",
    ];

    /// <summary>Verbs that only people do; used when the subject is also a common noun («Bamsen i miljøtjenesten vet …»).</summary>
    public static readonly HashSet<string> HumanOnlyVerbs =
    [
        "hjalp", "hjelper", "hjelpte", "sa", "sier", "seier", "ringte", "ringer", "ringde", "fant", "fann", "lærte", "lærde", "lager", "lagar", "baker", "bakte",
        "kjører", "kjørte", "køyrer", "smiler", "smilte", "vet", "veit", "visste", "stiller", "stilte", "bryr", "brydde", "skjønner", "skjønte", "skjønar",
        "forstår", "forsto", "forstod", "lytter", "lyttet", "lyttar", "fikser", "ordner", "ordnet", "ordna", "jobber", "jobbet", "jobbar", "sluttet", "slutta",
        "hilser", "trøstet", "besøker", "besøkte", "svarer", "svarte", "svarar", "fortjener", "fortener", "spurte", "reddet", "redda", "tok", "ga", "gav",
        "snakka", "snakket", "snakker", "snakkar", "prata", "pratet", "prater", "pratar", "trøsta", "trøster", "trøstar", "kjefta", "kjeftet", "kjefter",
        "lytta", "fortjente", "fortente", "klemte", "klemmer", "roste", "skjelte", "mobbet", "mobba",
    ];

    /// <summary>Months (bokmål/nynorsk, with common abbreviations).</summary>
    public static readonly HashSet<string> Months =
    [
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "des",
    ];

    /// <summary>Holidays and named days («julaften», «2. juledag», «17. mai» is a date).</summary>
    public static readonly HashSet<string> Holidays =
    [
        "jul", "jula", "julen", "julehelga", "julehelgen", "romjul", "romjula", "romjulen", "julaften", "julafta", "julekvelden", "juledag", "juledagen",
        "nyttår", "nyttårsaften", "nyttårsafta", "nyttårskvelden", "nyttårsdag", "nyttårsdagen", "påske", "påska", "påsken", "påskeferien", "påskeferie",
        "påskeaften", "påskedag", "skjærtorsdag", "langfredag", "pinse", "pinsa", "pinsen", "sankthans", "sankthansaften", "jonsok", "vinterferien",
        "høstferien", "haustferien", "sommerferien", "sommarferien", "juleferien", "russetida", "russetiden", "bursdagen", "bursdag", "fødselsdagen",
    ];

    /// <summary>Seasons in any form (not names even when capitalised: «Takk for en fin Vår»).</summary>
    public static readonly HashSet<string> Seasons =
    [
        "vår", "våren", "våra", "sommer", "sommeren", "sommar", "sommaren", "høst", "høsten", "høsta", "haust", "hausten", "vinter", "vinteren", "vintern",
        "sommerferie", "vinterferie", "høstsemester", "vårsemester", "haustsemester",
    ];

    /// <summary>Weekdays.</summary>
    public static readonly HashSet<string> Weekdays = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "måndag", "tysdag", "laurdag", "sundag"];

    /// <summary>Words after a number that make it a count or an amount, not an age.</summary>
    public static readonly HashSet<string> Units =
    [
        "%", "prosent", "kr", "kroner", "kronar", "nok", "minutter", "minutt", "min", "timer", "time", "timar", "t", "dager", "dagar", "døgn", "uker", "uke", "veker",
        "veke", "mnd", "måneder", "månader", "måned", "månad", "ganger", "gonger", "gang", "gong", "stk", "stykker", "personer", "mennesker", "menneske", "folk",
        "brukere", "brukarar", "pasienter", "pasientar", "plasser", "senger", "poeng", "kg", "kilo", "cm", "m", "km", "mg", "ml", "av", "prosenten", "sider",
        "klokka", "kl", "tusen", "millioner", "mill", "stykk", "stk.", "barn", "unger", "unga", "ansatte", "tilsette", "søsken", "år", "år.",
    ];

    /// <summary>Words after «N år» that make it a duration («3 år på venteliste», «6 år i fengsel»).</summary>
    public static readonly HashSet<string> DurationFollowers =
    [
        "på", "i", "uten", "utan", "siden", "sidan", "sia", "til", "te", "igjen", "att", "etter", "med", "hos", "inne", "innlagt", "rusfri", "rusfritt", "nykter",
        "edru", "ventetid", "venta", "ventet", "før", "fram", "frem", "tidligere", "tidlegare", "lenger", "lengre", "mer", "meir", "mindre", "ekstra", "av", "som",
        "borte", "ute", "unna", "fengsel", "behandling", "soning",
    ];

    private static HashSet<string> BuildFunction()
    {
        var set = new HashSet<string>(NorwegianAnalyzer.DefaultStopSet, StringComparer.Ordinal);
        foreach (var w in new[]
        {
            "eg", "æ", "e", "jæ", "je", "i", "ej", "mæ", "meg", "mej", "dæ", "dej", "sæ", "sej", "me", "oss", "dokker", "dokk", "dykk", "dykkar", "dem", "dæm",
            "ka", "kva", "kvar", "kor", "korleis", "kem", "kven", "åssen", "hvordan", "te", "tel", "sjøl", "sjølv", "selv", "ikkje", "ikke", "ikkje", "itj", "ittj",
            "ente", "inte", "no", "nå", "d", "dt", "de", "det", "dei", "dæ", "ho", "hu", "han", "ham", "hun", "henne", "hennar", "hennes", "hans", "hass", "dens",
            "sitt", "si", "sin", "sine", "mitt", "mi", "min", "mine", "din", "di", "ditt", "dine", "vår", "vårt", "våre", "deres", "og", "å", "o", "eller", "men",
            "så", "som", "da", "då", "når", "om", "at", "for", "fordi", "sånn", "slik", "litt", "mye", "mykje", "lite", "alle", "alt", "ingen", "ingenting",
            "noe", "noko", "nokon", "noen", "bare", "berre", "bære", "kun", "også", "og", "ja", "nei", "jo", "vel", "asså", "altså", "liksom", "lissom",
            "heile", "hele", "hver", "kvar", "enhver", "kvarandre", "hverandre", "mvh", "hilsen", "takk", "tusen", "ok", "okei", "hei", "hallo",
        })
        {
            set.Add(w);
        }

        return set;
    }
}
