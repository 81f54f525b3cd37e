namespace Analysenotater.Tables;

/// <summary>Labels for the codes of grouping variables.</summary>
public static class GroupLabels
{
    /// <summary>The label of the column holding everyone.</summary>
    public const string Total = "Totalt";

    /// <summary>Municipality size (<c>kommunestorrelse</c>): 1 Liten, 2 Mellomstor, 3 Stor.</summary>
    public static IReadOnlyDictionary<int, string> SizeGroup { get; } = new Dictionary<int, string> { [1] = "Liten", [2] = "Mellomstor", [3] = "Stor" };

    /// <summary>Municipality size as the letters of KoRus Vedlegg 3: 1 L, 2 M, 3 S (S = stor).</summary>
    public static IReadOnlyDictionary<int, string> SizeGroupLetters { get; } = new Dictionary<int, string> { [1] = "L", [2] = "M", [3] = "S" };

    /// <summary>Gender (<c>kjonn</c>, coded as KoRus q1: 1 = kvinne, 2 = mann) headed and ordered as the Nøkkeltall columns: Menn, Kvinner.</summary>
    public static IReadOnlyDictionary<int, string> Gender { get; } = new Dictionary<int, string> { [2] = "Menn", [1] = "Kvinner" };
}
