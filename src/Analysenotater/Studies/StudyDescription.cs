using Analysenotater.Data;
using Analysenotater.Scoring;
using Analysenotater.Tables;

namespace Analysenotater.Studies;

/// <summary>
/// How one survey's data are read and analysed, as data (a JSON file following <c>study.schema.json</c>, read by
/// <see cref="StudyLoader"/>): the instrument, the survey year, which column plays which role with the labels of its
/// codes, derived variables, named recodes, extra scoring rules and what each analysis needs. The core assumes no
/// coding of its own: group labels come from here (or from the item's answer scale).
/// </summary>
public sealed record StudyDescription
{
    /// <summary>The study id.</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The instrument as written in the file: an embedded id or a path (resolved against <see cref="Directory"/>); null when not named.</summary>
    public string? Instrument { get; init; }

    /// <summary>The year the survey was run, or null.</summary>
    public int? SurveyYear { get; init; }

    /// <summary>The roles, in file order.</summary>
    public IReadOnlyList<RoleDefinition> Roles { get; init; } = [];

    /// <summary>The derived variables, computed in order when the file lacks them.</summary>
    public IReadOnlyList<DerivedVariable> Derived { get; init; } = [];

    /// <summary>Named recodes (use with <see cref="FrequencyOptions.Recode"/>).</summary>
    public IReadOnlyList<Recode> Recodes { get; init; } = [];

    /// <summary>Scoring rules the study defines (registered in <see cref="ScoringRules"/> on load).</summary>
    public IReadOnlyList<ScoringRule> ScoringRules { get; init; } = [];

    /// <summary>What each analysis needs; empty means <see cref="AnalysisNeeds.Defaults"/>.</summary>
    public IReadOnlyList<AnalysisNeeds> Analyses { get; init; } = [];

    /// <summary>
    /// The municipality table named by the study's «municipalities» (a built-in id such as «norge-2017», or a CSV file);
    /// null when the study names none.
    /// </summary>
    public MunicipalityTable? Municipalities { get; init; }

    /// <summary>
    /// The table whose names are shown for the municipality role (tables, charts, reports): <see cref="Municipalities"/>,
    /// else the table of the first municipality-lookup derivation; null when the study has neither.
    /// </summary>
    public MunicipalityTable? MunicipalityNames =>
        Municipalities ?? Derived.FirstOrDefault(d => d.Kind == DerivationKind.MunicipalityLookup && d.Table is not null)?.Table;

    /// <summary>The folder relative paths are resolved against (the study file's folder).</summary>
    public string Directory { get; init; } = ".";

    /// <summary>Where the description came from (file path or <c>embedded:…</c>).</summary>
    public string Source { get; init; } = "";

    /// <summary>The role's definition, or null.</summary>
    public RoleDefinition? Role(StudyRole role) => Roles.FirstOrDefault(r => r.Role == role);

    /// <summary>The column of a role, or null.</summary>
    public string? ColumnOf(StudyRole role) => Role(role)?.Column;

    /// <summary>A named recode.</summary>
    /// <exception cref="KeyNotFoundException">No recode has this name; the message lists the names.</exception>
    public Recode GetRecode(string name) => Recodes.FirstOrDefault(r => r.Name == name)
        ?? throw new KeyNotFoundException($"Study '{Id}' has no recode '{name}'. Recodes: {string.Join(", ", Recodes.Select(r => r.Name))}.");

    /// <summary>The analyses to check: <see cref="Analyses"/>, or the defaults when the study names none.</summary>
    public IReadOnlyList<AnalysisNeeds> AnalysesToCheck => Analyses.Count > 0 ? Analyses : AnalysisNeeds.Defaults;

    /// <summary>
    /// The dataset roles of this study: role columns and their labels. Roles the study does not name are null
    /// (no KoRus default is assumed).
    /// </summary>
    public DatasetRoles ToDatasetRoles() => new()
    {
        RespondentId = ColumnOf(StudyRole.RespondentId),
        Municipality = ColumnOf(StudyRole.Municipality),
        SizeGroup = ColumnOf(StudyRole.SizeGroup),
        Cluster = ColumnOf(StudyRole.Cluster),
        Stratum = ColumnOf(StudyRole.Stratum),
        Gender = ColumnOf(StudyRole.Gender),
        Age = ColumnOf(StudyRole.Age),
        Weight = ColumnOf(StudyRole.Weight),
        Round = ColumnOf(StudyRole.Round),
        Labels = Roles.Where(r => r.Labels.Count > 0)
            .GroupBy(r => r.Column, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, string>)new OrderedLabels(g.First().Labels), StringComparer.Ordinal),
    };

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Id}; {Roles.Count} roller, {Derived.Count} avledede variabler)";
}
