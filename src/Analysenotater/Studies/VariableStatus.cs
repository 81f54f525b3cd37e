namespace Analysenotater.Studies;

/// <summary>One variable an analysis needs and where it comes from.</summary>
/// <param name="Analysis">The analysis.</param>
/// <param name="Kind">«rolle», «spørsmål» or «avledet».</param>
/// <param name="Name">The role or item, for example «kjønn (kjonn)» or «q9».</param>
/// <param name="State">Present, derived or missing.</param>
/// <param name="Detail">How it was derived, or why it is missing.</param>
/// <param name="IsError">True when it is missing and the analysis is not optional.</param>
public sealed record VariableStatus(string Analysis, string Kind, string Name, VariableState State, string Detail, bool IsError);
