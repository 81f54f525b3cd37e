namespace Analysenotater.Spss;

/// <summary>A multiple-response set (extension records 7 and 19).</summary>
/// <param name="Name">The set name including its leading <c>$</c>.</param>
/// <param name="Label">The set label (may be empty).</param>
/// <param name="Kind">Dichotomies or categories.</param>
/// <param name="CountedValue">For dichotomies, the counted value as written in the file (for example <c>1</c>); null for categories.</param>
/// <param name="VariableNames">The member variables (long names), in order.</param>
public sealed record SpssMultipleResponseSet(string Name, string Label, SpssMultipleResponseKind Kind, string? CountedValue, IReadOnlyList<string> VariableNames);
