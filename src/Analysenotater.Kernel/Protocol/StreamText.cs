namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>stream</c> (iopub): text written to standard output or standard error.</summary>
/// <param name="Name"><c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Text">The text, as written (newlines included).</param>
public sealed record StreamText(string Name, string Text);
