namespace Analysenotater.Studies;

/// <summary>What one analysis needs from the data: roles and items (the id <c>indicators</c> stands for every item of every indicator).</summary>
/// <param name="Name">The analysis, for example «Frekvenser etter kommunestørrelse».</param>
/// <param name="Roles">The roles it needs.</param>
/// <param name="Items">The items it needs.</param>
/// <param name="Optional">True: what is missing is a warning, not an error.</param>
public sealed record AnalysisNeeds(string Name, IReadOnlyList<StudyRole> Roles, IReadOnlyList<string> Items, bool Optional = false)
{
    /// <summary>The analyses checked when a study names none: tables by stratum, key figures by gender, indicators, regression.</summary>
    public static IReadOnlyList<AnalysisNeeds> Defaults { get; } =
    [
        new("Frekvenstabeller etter gruppe (stratum)", [StudyRole.Stratum], []),
        new("Nøkkeltall etter kjønn", [StudyRole.Gender], []),
        new("Indikatorer og reliabilitet", [], ["indicators"]),
        new("Regresjon (indikator på kjønn og alder)", [StudyRole.Gender, StudyRole.Age], ["indicators"]),
    ];
}
