namespace Analysenotater.Studies;

/// <summary>The column that plays a role, with the labels of its codes in the order groups are shown.</summary>
/// <param name="Role">The role.</param>
/// <param name="Column">The column name in the data (after column mapping).</param>
/// <param name="Labels">Code → label in display order; empty when the study gives none (then the item's scale, if any, labels the codes).</param>
public sealed record RoleDefinition(StudyRole Role, string Column, IReadOnlyList<KeyValuePair<int, string>> Labels);
