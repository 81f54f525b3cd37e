namespace Analysenotater.Data;

/// <summary>
/// Names the respondent-level columns that analyses need by role. Null means the dataset has no such column.
/// The defaults match the bundled KoRus files (<c>kommune</c>, <c>kommunestorrelse</c>, <c>kjonn</c>, <c>alder</c>, <c>vekt</c>).
/// </summary>
public sealed record DatasetRoles
{
    /// <summary>The defaults used by the bundled data files.</summary>
    public static DatasetRoles Default { get; } = new();

    /// <summary>The municipality (cluster) column.</summary>
    public string? Municipality { get; init; } = "kommune";

    /// <summary>The municipality size group column (stratum): codes 1 = liten, 2 = mellomstor, 3 = stor.</summary>
    public string? SizeGroup { get; init; } = "kommunestorrelse";

    /// <summary>The gender column.</summary>
    public string? Gender { get; init; } = "kjonn";

    /// <summary>The age column (years).</summary>
    public string? Age { get; init; } = "alder";

    /// <summary>The analysis weight column; null or absent means unweighted.</summary>
    public string? Weight { get; init; } = "vekt";
}
