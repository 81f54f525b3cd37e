namespace Analysenotater.Studies;

/// <summary>
/// A variable the study derives when the data file lacks it. Missing policy: a row whose source is empty or
/// invalid gets no value (and an import issue naming row and value when the source value is present but unusable).
/// </summary>
/// <param name="Name">The column created.</param>
/// <param name="Kind">How it is computed.</param>
/// <param name="Source">The column or item read.</param>
public sealed record DerivedVariable(string Name, DerivationKind Kind, string Source)
{
    /// <summary><see cref="DerivationKind.AgeFromBirthYear"/>: the survey year (null: the study's year).</summary>
    public int? SurveyYear { get; init; }

    /// <summary><see cref="DerivationKind.AgeFromBirthYear"/>: a column giving the survey year per row.</summary>
    public string? YearColumn { get; init; }

    /// <summary><see cref="DerivationKind.MunicipalityLookup"/>: the table.</summary>
    public MunicipalityTable? Table { get; init; }

    /// <summary><see cref="DerivationKind.MunicipalityLookup"/>: the field taken.</summary>
    public MunicipalityField Field { get; init; } = MunicipalityField.SizeGroup;

    /// <summary><see cref="DerivationKind.FromItem"/>: code → new code; codes not named are kept.</summary>
    public IReadOnlyDictionary<int, int> Map { get; init; } = new Dictionary<int, int>();

    /// <summary>A description in plain words (from the study file, or generated).</summary>
    public string Description { get; init; } = "";

    /// <summary>What the derivation does, in Norwegian.</summary>
    public string Explain() => Kind switch
    {
        DerivationKind.AgeFromBirthYear => $"{Name} = {(YearColumn ?? SurveyYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "undersøkelsesåret")} − {Source}",
        DerivationKind.MunicipalityLookup => $"{Name} = {Field switch { MunicipalityField.Name => "navn", MunicipalityField.County => "fylke", _ => "størrelsesgruppe" }} for kommunenummeret i {Source} ({Table?.Source ?? "kommunetabell"})",
        _ => Map.Count == 0 ? $"{Name} = koden i {Source}" : $"{Name} = koden i {Source} omkodet ({string.Join(", ", Map.Select(kv => $"{kv.Key}→{kv.Value}"))})",
    };
}
