namespace Analysenotater.Kernel.Interpreting;

/// <summary>One completion. Immutable.</summary>
/// <param name="Text">The text inserted in place of the replaced span.</param>
/// <param name="Type">The kind of symbol (method, property, local, keyword…), shown by JupyterLab.</param>
/// <param name="Signature">A one-line description, or null.</param>
public sealed record CompletionMatch(string Text, string Type, string? Signature);
