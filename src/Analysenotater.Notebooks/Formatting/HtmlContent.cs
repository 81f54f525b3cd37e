namespace Analysenotater.Notebooks.Formatting;

/// <summary>Ready-made HTML to show as is (trusted: not escaped). In a cell: <c>new HtmlContent("&lt;b&gt;hei&lt;/b&gt;")</c>.</summary>
/// <param name="Html">The HTML fragment.</param>
public sealed record HtmlContent(string Html);
