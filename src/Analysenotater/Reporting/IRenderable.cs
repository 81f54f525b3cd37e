namespace Analysenotater.Reporting;

/// <summary>
/// A result that renders itself for people: plain text, Markdown and HTML (Norwegian formatting: decimal comma,
/// «%»). The notebook engine and the kernel show any <see cref="IRenderable"/> as text/plain + text/html.
/// </summary>
public interface IRenderable
{
    /// <summary>Plain text for a console (fixed-width columns).</summary>
    string ToText();

    /// <summary>GitHub-flavoured Markdown.</summary>
    string ToMarkdown();

    /// <summary>An HTML fragment (a table with caption and notes), safe to embed: all text is escaped.</summary>
    string ToHtml();
}
