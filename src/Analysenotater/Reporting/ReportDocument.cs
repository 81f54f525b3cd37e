using System.Net;
using System.Text;

namespace Analysenotater.Reporting;

/// <summary>A titled sequence of tables, paragraphs and nested documents that renders as one block (for example a
/// regression: fit, ANOVA, coefficients).</summary>
public sealed class ReportDocument : ReportPart
{
    /// <summary>Creates a document from parts (a string is a paragraph).</summary>
    /// <exception cref="ArgumentException">A part is null.</exception>
    public ReportDocument(string title, IReadOnlyList<ReportPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Any(p => p is null))
        {
            throw new ArgumentException("A report part is null.", nameof(parts));
        }

        Title = title ?? "";
        Parts = parts;
    }

    /// <summary>The heading.</summary>
    public string Title { get; }

    /// <summary>Tables, paragraphs and nested documents in order.</summary>
    public IReadOnlyList<ReportPart> Parts { get; }

    /// <summary>The tables of the document, also those of nested documents, in order.</summary>
    public IEnumerable<ReportTable> Tables => Parts.SelectMany(p => p switch
    {
        ReportTable t => [t],
        ReportDocument d => d.Tables,
        _ => Enumerable.Empty<ReportTable>(),
    });

    /// <inheritdoc />
    public override string ToText() => Join(p => p.ToText(), Title.Length > 0 ? Title + "\n" + new string('=', Title.Length) + "\n" : "", "\n");

    /// <inheritdoc />
    public override string ToMarkdown() => Join(p => p.ToMarkdown(), Title.Length > 0 ? "### " + Title + "\n\n" : "", "\n");

    /// <inheritdoc />
    public override string ToHtml() => "<div class=\"an-report\">" +
        Join(p => p.ToHtml(), Title.Length > 0 ? "<h4>" + WebUtility.HtmlEncode(Title) + "</h4>" : "", "") + "</div>";

    private string Join(Func<ReportPart, string> render, string head, string sep)
    {
        var sb = new StringBuilder(head);
        foreach (var p in Parts)
        {
            sb.Append(render(p)).Append(sep);
        }

        return sb.ToString();
    }
}
