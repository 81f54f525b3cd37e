namespace Analysenotater.Notebooks.Formatting;

/// <summary>Markdown text to render (text/markdown, plus HTML for frontends and exports without a Markdown renderer).</summary>
/// <param name="Markdown">The Markdown source.</param>
public sealed record MarkdownContent(string Markdown)
{
    /// <summary>The Markdown source.</summary>
    public override string ToString() => Markdown;
}
