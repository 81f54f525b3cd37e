using System.Net;

namespace Analysenotater.Reporting;

/// <summary>A paragraph of plain text in a <see cref="ReportDocument"/>. HTML output escapes the text.</summary>
public sealed class ReportParagraph : ReportPart
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The text; null becomes "".</param>
    public ReportParagraph(string text)
    {
        Text = text ?? "";
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToText() => Text;

    /// <inheritdoc />
    public override string ToMarkdown() => Text + "\n";

    /// <inheritdoc />
    public override string ToHtml() => "<p>" + WebUtility.HtmlEncode(Text) + "</p>";
}
