using System.Collections.Frozen;
using System.Reflection;
using Analysenotater.Text.Tokenization;

namespace Analysenotater.Text.Screening;

/// <summary>
/// The word lists the <see cref="CommentScreener"/> uses, all lower-cased with the Norwegian culture: first names,
/// surnames, places (municipalities as of 2024 and larger places; multi-word names such as «Mo i Rana» allowed),
/// common words that are also names or places («liv», «moss», «hell», «berg» — these are flagged only when written with a
/// capital letter in mid-sentence or tied to a title), capitalised words that are not identifying («NAV», «DPS»),
/// staff-role words («ruskonsulenten», «fastlegen») and named local services (empty unless configured). Immutable.
/// </summary>
public sealed class ScreeningLexicon
{
    private ScreeningLexicon(
        FrozenSet<string> firstNames,
        FrozenSet<string> surnames,
        FrozenSet<string> places,
        FrozenSet<string> commonWords,
        FrozenSet<string> allowedCapitalized,
        FrozenSet<string> staffRoles,
        IReadOnlyList<string> localServices)
    {
        FirstNames = firstNames;
        Surnames = surnames;
        Places = places;
        CommonWords = commonWords;
        AllowedCapitalized = allowedCapitalized;
        StaffRoles = staffRoles;
        LocalServices = localServices;
        MaxPlaceWords = places.Count == 0 ? 1 : places.Max(p => p.Split(' ').Length);
    }

    /// <summary>The lists shipped with the library (embedded resources <c>no-first-names.txt</c>, <c>no-surnames.txt</c>,
    /// <c>no-places.txt</c>, <c>no-name-place-common-words.txt</c>, <c>no-capitalized-allowed.txt</c>,
    /// <c>no-staff-roles.txt</c>), with no local services.</summary>
    public static ScreeningLexicon Default { get; } = new(
        Load("no-first-names.txt"),
        Load("no-surnames.txt"),
        Load("no-places.txt"),
        Load("no-name-place-common-words.txt"),
        Load("no-capitalized-allowed.txt"),
        Load("no-staff-roles.txt"),
        []);

    /// <summary>First names (lower case).</summary>
    public FrozenSet<string> FirstNames { get; }

    /// <summary>Surnames (lower case).</summary>
    public FrozenSet<string> Surnames { get; }

    /// <summary>Place names (lower case; multi-word names joined by one space).</summary>
    public FrozenSet<string> Places { get; }

    /// <summary>Common words that are also names or places; flagged only by case and context.</summary>
    public FrozenSet<string> CommonWords { get; }

    /// <summary>Capitalised words that are not identifying (institutions, «Gud», «Jeg»); lower case.</summary>
    public FrozenSet<string> AllowedCapitalized { get; }

    /// <summary>Staff-role words (lower case, all inflected forms listed).</summary>
    public FrozenSet<string> StaffRoles { get; }

    /// <summary>Named local services to flag (as configured; case-insensitive phrase match).</summary>
    public IReadOnlyList<string> LocalServices { get; }

    /// <summary>The most words in one place name.</summary>
    public int MaxPlaceWords { get; }

    /// <summary>A copy with these named local services added («Losen», «Fontenehuset»).</summary>
    public ScreeningLexicon WithLocalServices(params string[] services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new(FirstNames, Surnames, Places, CommonWords, AllowedCapitalized, StaffRoles,
            [.. LocalServices, .. services.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim())]);
    }

    /// <summary>A copy with more first names.</summary>
    public ScreeningLexicon WithFirstNames(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return new(Union(FirstNames, names), Surnames, Places, CommonWords, AllowedCapitalized, StaffRoles, LocalServices);
    }

    /// <summary>A copy with more places.</summary>
    public ScreeningLexicon WithPlaces(params string[] places)
    {
        ArgumentNullException.ThrowIfNull(places);
        return new(FirstNames, Surnames, Union(Places, places), CommonWords, AllowedCapitalized, StaffRoles, LocalServices);
    }

    /// <summary>A copy with more capitalised words that are not identifying (for example the municipality's own service names that must not be flagged).</summary>
    public ScreeningLexicon WithAllowedCapitalized(params string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new(FirstNames, Surnames, Places, CommonWords, Union(AllowedCapitalized, words), StaffRoles, LocalServices);
    }

    private static FrozenSet<string> Union(FrozenSet<string> set, IEnumerable<string> more) =>
        set.Concat(more.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => Normalize(s))).ToFrozenSet(StringComparer.Ordinal);

    private static string Normalize(string s) => string.Join(' ', NorwegianTokenizer.Lower(s.Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static FrozenSet<string> Load(string file)
    {
        var name = "Analysenotater.Resources." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded word list '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var t = line.Trim();
            if (t.Length == 0 || t[0] == '#')
            {
                continue;
            }

            set.Add(Normalize(t));
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
