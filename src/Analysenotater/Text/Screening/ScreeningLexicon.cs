using System.Collections.Frozen;
using System.Reflection;
using Analysenotater.Text.Tokenization;

namespace Analysenotater.Text.Screening;

/// <summary>
/// The word lists the <see cref="CommentScreener"/> uses, all lower-cased with the Norwegian culture: first names,
/// surnames, places (municipalities as of 2024 and larger places; multi-word names such as «Mo i Rana» allowed),
/// common words that are also names or places («liv», «moss», «hell», «berg» — flagged only by case and context),
/// capitalised words that are not identifying («NAV», «DPS»), staff-role words («ruskonsulenten», «fastlegen»),
/// medicine names, English loan words, public phone numbers and web sites (helplines, NAV, helsenorge.no), names of
/// meeting places found in many municipalities («Fontenehuset»), named local services (empty unless configured) and
/// the system's Norwegian word list (<see cref="NorwegianWordList.Installed"/>, read at run time when present; never
/// shipped). Immutable.
/// </summary>
public sealed class ScreeningLexicon
{
    private ScreeningLexicon()
    {
    }

    /// <summary>The lists shipped with the library (embedded resources under <c>Text/Resources/</c>), the installed
    /// system word list when there is one (<see cref="NorwegianWordList.Installed"/>), and no local services.</summary>
    public static ScreeningLexicon Default { get; } = Build();

    /// <summary>First names (lower case).</summary>
    public FrozenSet<string> FirstNames { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>Surnames (lower case).</summary>
    public FrozenSet<string> Surnames { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>Place names (lower case; multi-word names joined by one space).</summary>
    public FrozenSet<string> Places { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>Common words that are also names or places; flagged only by case and context.</summary>
    public FrozenSet<string> CommonWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>Capitalised words that are not identifying (institutions, «Gud», «Jeg»); lower case.</summary>
    public FrozenSet<string> AllowedCapitalized { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>Staff-role words (lower case, all inflected forms listed).</summary>
    public FrozenSet<string> StaffRoles { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>Medicine and substance names (lower case); not identifying when capitalised.</summary>
    public FrozenSet<string> DrugNames { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>English words common in Norwegian comments (lower case); not identifying when capitalised.</summary>
    public FrozenSet<string> EnglishWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>Public phone numbers (digits only, without +47) that name no person: helplines, emergency numbers, NAV.</summary>
    public FrozenSet<string> PublicNumbers { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>Public web hosts (lower case, without «www.»); a subdomain of one of these is public too.</summary>
    public FrozenSet<string> PublicSites { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>Names of meeting places run in many municipalities (lower case), flagged as <see cref="IdentifierKind.MeetingPlace"/>.</summary>
    public FrozenSet<string> MeetingPlaces { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>Named local services to flag (as configured; case-insensitive phrase match).</summary>
    public IReadOnlyList<string> LocalServices { get; private set; } = [];

    /// <summary>The Norwegian word list used to tell common words from unknown ones; null when none is installed (then every capitalised word that is in no list is treated as a possible name).</summary>
    public NorwegianWordList? WordList { get; private set; }

    /// <summary>The most words in one place name.</summary>
    public int MaxPlaceWords => Places.Count == 0 ? 1 : _maxPlaceWords ??= Places.Max(p => p.Split(' ').Length);

    private int? _maxPlaceWords;

    /// <summary>True when <paramref name="lower"/> is a common (lower-case) word in the word list, a medicine name or an English loan word.</summary>
    public bool IsKnownCommonWord(string lower)
    {
        ArgumentNullException.ThrowIfNull(lower);
        return (WordList?.IsCommon(lower) ?? false) || DrugNames.Contains(lower) || EnglishWords.Contains(lower);
    }

    /// <summary>A copy with these named local services added («Losen», «Fontenehuset»).</summary>
    public ScreeningLexicon WithLocalServices(params string[] services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var c = Copy();
        c.LocalServices = [.. LocalServices, .. services.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim())];
        return c;
    }

    /// <summary>A copy with more first names.</summary>
    public ScreeningLexicon WithFirstNames(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var c = Copy();
        c.FirstNames = Union(FirstNames, names);
        return c;
    }

    /// <summary>A copy with more places.</summary>
    public ScreeningLexicon WithPlaces(params string[] places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var c = Copy();
        c.Places = Union(Places, places);
        c._maxPlaceWords = null;
        return c;
    }

    /// <summary>A copy with more capitalised words that are not identifying (for example the municipality's own service names that must not be flagged).</summary>
    public ScreeningLexicon WithAllowedCapitalized(params string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var c = Copy();
        c.AllowedCapitalized = Union(AllowedCapitalized, words);
        return c;
    }

    /// <summary>A copy with more public phone numbers (any separators; +47/0047 removed) that are not personal.</summary>
    public ScreeningLexicon WithPublicNumbers(params string[] numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var c = Copy();
        c.PublicNumbers = PublicNumbers.Concat(numbers.Select(DigitsOf).Where(d => d.Length > 0)).ToFrozenSet(StringComparer.Ordinal);
        return c;
    }

    /// <summary>A copy with another word list (null: none, as on a machine without <c>wnorwegian</c>).</summary>
    public ScreeningLexicon WithWordList(NorwegianWordList? wordList)
    {
        var c = Copy();
        c.WordList = wordList;
        return c;
    }

    /// <summary>The digits of a phone number without a leading +47 or 0047.</summary>
    internal static string DigitsOf(string number)
    {
        var d = new string([.. number.Where(char.IsAsciiDigit)]);
        var plus = number.TrimStart().StartsWith('+');
        if ((plus && d.StartsWith("47", StringComparison.Ordinal) && d.Length == 10) || (d.StartsWith("0047", StringComparison.Ordinal) && d.Length == 12))
        {
            d = d[^8..];
        }

        return d;
    }

    /// <summary>True when <paramref name="host"/> (lower case, «www.» stripped) is a public site or a subdomain of one.</summary>
    internal bool IsPublicSite(string host)
    {
        var h = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        while (true)
        {
            if (PublicSites.Contains(h))
            {
                return true;
            }

            var dot = h.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || h.IndexOf('.', dot + 1) < 0)
            {
                return false;
            }

            h = h[(dot + 1)..];
        }
    }

    private ScreeningLexicon Copy() => new()
    {
        FirstNames = FirstNames,
        Surnames = Surnames,
        Places = Places,
        CommonWords = CommonWords,
        AllowedCapitalized = AllowedCapitalized,
        StaffRoles = StaffRoles,
        DrugNames = DrugNames,
        EnglishWords = EnglishWords,
        PublicNumbers = PublicNumbers,
        PublicSites = PublicSites,
        MeetingPlaces = MeetingPlaces,
        LocalServices = LocalServices,
        WordList = WordList,
    };

    private static ScreeningLexicon Build()
    {
        var contacts = LoadLines("no-public-contacts.txt");
        return new ScreeningLexicon
        {
            FirstNames = Load("no-first-names.txt"),
            Surnames = Load("no-surnames.txt"),
            Places = Load("no-places.txt"),
            CommonWords = Load("no-name-place-common-words.txt"),
            AllowedCapitalized = Load("no-capitalized-allowed.txt"),
            StaffRoles = Load("no-staff-roles.txt"),
            DrugNames = Load("no-drug-names.txt"),
            EnglishWords = Load("no-english-words.txt"),
            MeetingPlaces = Load("no-meeting-places.txt"),
            PublicNumbers = contacts.Where(l => l.StartsWith("tel:", StringComparison.Ordinal)).Select(l => l[4..].Trim()).ToFrozenSet(StringComparer.Ordinal),
            PublicSites = contacts.Where(l => l.StartsWith("site:", StringComparison.Ordinal)).Select(l => l[5..].Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal),
            WordList = NorwegianWordList.Installed,
        };
    }

    private static FrozenSet<string> Union(FrozenSet<string> set, IEnumerable<string> more) =>
        set.Concat(more.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => Normalize(s))).ToFrozenSet(StringComparer.Ordinal);

    private static string Normalize(string s) => string.Join(' ', NorwegianTokenizer.Lower(s.Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static FrozenSet<string> Load(string file) => LoadLines(file).Select(Normalize).ToFrozenSet(StringComparer.Ordinal);

    private static List<string> LoadLines(string file)
    {
        var name = "Analysenotater.Resources." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded word list '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var t = line.Trim();
            if (t.Length > 0 && t[0] != '#')
            {
                lines.Add(t);
            }
        }

        return lines;
    }
}
