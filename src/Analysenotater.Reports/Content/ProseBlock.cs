namespace Analysenotater.Reports.Content;

/// <summary>Prose from a Markdown cell or an HTML output: one paragraph, list or quote, kept as HTML.</summary>
/// <param name="Html">The element's HTML.</param>
/// <param name="Text">Its plain text (for Word and slides).</param>
/// <param name="IsList">True for a list (each item is a line of <paramref name="Text"/>).</param>
public sealed record ProseBlock(string Html, string Text, bool IsList) : ReportBlock;
