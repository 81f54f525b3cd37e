namespace Analysenotater.Tables;

/// <summary>One collapsed category of a <see cref="Recode"/>: a Norwegian label and the valid codes it gathers.</summary>
/// <param name="Label">The label as printed (for example «I stor/svært stor grad»).</param>
/// <param name="Codes">The answer codes that fall in the category.</param>
public sealed record RecodeCategory(string Label, IReadOnlyList<int> Codes);
