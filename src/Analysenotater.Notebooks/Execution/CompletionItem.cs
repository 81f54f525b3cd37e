namespace Analysenotater.Notebooks.Execution;

/// <summary>One completion candidate.</summary>
/// <param name="Text">The name to insert.</param>
/// <param name="Kind">Lower-case symbol kind: "method", "property", "field", "local", "class", "namespace", "keyword", …</param>
/// <param name="Detail">The symbol's signature, when known.</param>
public sealed record CompletionItem(string Text, string Kind, string? Detail);
