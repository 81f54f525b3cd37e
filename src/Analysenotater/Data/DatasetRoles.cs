namespace Analysenotater.Data;

/// <summary>
/// Names the respondent-level columns that analyses need by role. Null means the dataset has no such column.
/// The defaults match the bundled KoRus files (<c>kommune</c>, <c>kommunestorrelse</c>, <c>kjonn</c>, <c>alder</c>, <c>vekt</c>);
/// a study description (<c>Analysenotater.Studies.StudyDescription</c>) sets them for any other file, together with
/// the labels of each role's codes.
/// </summary>
public sealed record DatasetRoles
{
    /// <summary>The defaults used by the bundled data files.</summary>
    public static DatasetRoles Default { get; } = new();

    /// <summary>The respondent id column, or null.</summary>
    public string? RespondentId { get; init; }

    /// <summary>The municipality column.</summary>
    public string? Municipality { get; init; } = "kommune";

    /// <summary>The municipality size group column (codes and labels from the study; the bundled files use 1 = liten, 2 = mellomstor, 3 = stor).</summary>
    public string? SizeGroup { get; init; } = "kommunestorrelse";

    /// <summary>The cluster (primary sampling unit) column; null falls back to <see cref="Municipality"/>.</summary>
    public string? Cluster { get; init; }

    /// <summary>The stratum column; null falls back to <see cref="SizeGroup"/>.</summary>
    public string? Stratum { get; init; }

    /// <summary>The gender column.</summary>
    public string? Gender { get; init; } = "kjonn";

    /// <summary>The age column (years).</summary>
    public string? Age { get; init; } = "alder";

    /// <summary>The analysis weight column; null or absent means unweighted.</summary>
    public string? Weight { get; init; } = "vekt";

    /// <summary>The survey round or year column (for files that hold several rounds), or null.</summary>
    public string? Round { get; init; }

    /// <summary>
    /// Labels of the codes of role columns, by column name, in the order groups are shown (for example gender
    /// <c>{2: "Menn", 1: "Kvinner"}</c>). A column without an entry gets the library's defaults.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>> Labels { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<int, string>>(StringComparer.Ordinal);

    /// <summary>The cluster column in use: <see cref="Cluster"/>, else <see cref="Municipality"/>.</summary>
    public string? ClusterColumn => Cluster ?? Municipality;

    /// <summary>The stratum column in use: <see cref="Stratum"/>, else <see cref="SizeGroup"/>.</summary>
    public string? StratumColumn => Stratum ?? SizeGroup;

    /// <summary>The labels the study gives for the codes of <paramref name="column"/>, or null.</summary>
    public IReadOnlyDictionary<int, string>? LabelsOf(string column) =>
        column is not null && Labels.TryGetValue(column, out var l) ? l : null;

    /// <summary>Every role column named (respondent id, municipality, size group, cluster, stratum, gender, age, weight, round), without duplicates.</summary>
    public IReadOnlyList<string> Columns =>
        [.. new[] { RespondentId, Municipality, SizeGroup, Cluster, Stratum, Gender, Age, Weight, Round }.OfType<string>().Distinct(StringComparer.Ordinal)];
}
