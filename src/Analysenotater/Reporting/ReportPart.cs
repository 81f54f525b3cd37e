namespace Analysenotater.Reporting;

/// <summary>
/// One part of a report: a <see cref="ReportTable"/>, a <see cref="ReportParagraph"/> or a nested
/// <see cref="ReportDocument"/>. The hierarchy is closed (only this assembly derives from it), so a renderer handles
/// every kind of part and a document can hold nothing else. A string converts implicitly to a paragraph, so
/// <c>new ReportDocument("Tittel", [table, "Et avsnitt."])</c> works.
/// </summary>
public abstract class ReportPart : IRenderable
{
    private protected ReportPart()
    {
    }

    /// <summary>A paragraph of plain text.</summary>
    /// <param name="paragraph">The text; null becomes an empty paragraph.</param>
    public static implicit operator ReportPart(string paragraph) => new ReportParagraph(paragraph);

    /// <inheritdoc />
    public abstract string ToText();

    /// <inheritdoc />
    public abstract string ToMarkdown();

    /// <inheritdoc />
    public abstract string ToHtml();

    /// <inheritdoc />
    public override string ToString() => ToText();
}
