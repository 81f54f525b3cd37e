namespace Analysenotater.Notebooks.Execution;

/// <summary>What the session knows about the symbol under the cursor.</summary>
/// <param name="Signature">The declaration, for example "int x" or "string NorwegianFormat.Percent(double value, int decimals)".</param>
/// <param name="Documentation">The XML documentation summary as plain text, or null when no documentation file is available.</param>
public sealed record InspectionResult(string Signature, string? Documentation);
