using System.Net;
using System.Text;

namespace Analysenotater.Reporting;

/// <summary>A titled sequence of tables and paragraphs that renders as one block (for example a regression: fit, ANOVA, coefficients).</summary>
public sealed class ReportDocument : IRenderable
{
    /// <summary>Creates a document from parts: <see cref="ReportTable"/> or <see cref="string"/> paragraphs.</summary>
    public ReportDocument(string title, IReadOnlyList<object> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        foreach (var p in parts)
        {
            if (p is not (ReportTable or string))
            {
                throw new ArgumentException($"A report part must be a ReportTable or a string, not {p?.GetType().Name ?? "null"}.", nameof(parts));
            }
        }

        Title = title ?? "";
        Parts = parts;
    }

    /// <summary>The heading.</summary>
    public string Title { get; }

    /// <summary>Tables and paragraphs in order.</summary>
    public IReadOnlyList<object> Parts { get; }

    /// <summary>The tables of the document.</summary>
    public IEnumerable<ReportTable> Tables => Parts.OfType<ReportTable>();

    /// <inheritdoc />
    public string ToText() => Join(t => t.ToText(), s => s, Title.Length > 0 ? Title + "\n" + new string('=', Title.Length) + "\n" : "", "\n");

    /// <inheritdoc />
    public string ToMarkdown() => Join(t => t.ToMarkdown(), s => s + "\n", Title.Length > 0 ? "### " + Title + "\n\n" : "", "\n");

    /// <inheritdoc />
    public string ToHtml() => "<div class=\"an-report\">" +
        Join(t => t.ToHtml(), s => "<p>" + WebUtility.HtmlEncode(s) + "</p>", Title.Length > 0 ? "<h4>" + WebUtility.HtmlEncode(Title) + "</h4>" : "", "") + "</div>";

    /// <inheritdoc />
    public override string ToString() => ToText();

    private string Join(Func<ReportTable, string> table, Func<string, string> para, string head, string sep)
    {
        var sb = new StringBuilder(head);
        foreach (var p in Parts)
        {
            sb.Append(p is ReportTable t ? table(t) : para((string)p)).Append(sep);
        }

        return sb.ToString();
    }
}
