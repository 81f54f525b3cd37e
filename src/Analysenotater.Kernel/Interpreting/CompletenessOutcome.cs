namespace Analysenotater.Kernel.Interpreting;

/// <summary>The completeness of typed code and the indentation for the next line. Immutable.</summary>
/// <param name="Status">Complete, incomplete, invalid or unknown.</param>
/// <param name="Indent">Indentation for the next line when incomplete; empty otherwise.</param>
public sealed record CompletenessOutcome(CodeCompleteness Status, string Indent);
