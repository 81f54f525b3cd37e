namespace Analysenotater.Reporting;

/// <summary>
/// Base of the library's results: <see cref="ToText"/>, <see cref="ToMarkdown"/>, <see cref="ToHtml"/> and
/// <see cref="ToString"/> render <see cref="Summary"/>, written here once. A derived result overrides
/// <see cref="Summary"/> with its own part type (a <see cref="ReportTable"/> or <see cref="ReportDocument"/>, by
/// covariant return) and, when it has any, <see cref="Notes"/>.
/// </summary>
/// <remarks>
/// A base class rather than default interface methods: C# does not expose an interface's default methods on the class
/// type, so <c>fit.ToText()</c> would stop compiling for every caller that holds the concrete type.
/// </remarks>
public abstract class Result : IResult
{
    /// <inheritdoc />
    public virtual IReadOnlyList<string> Notes => [];

    /// <inheritdoc />
    public abstract ReportPart Summary();

    /// <summary>Plain text for a console (fixed-width columns): the summary's text.</summary>
    public string ToText() => Summary().ToText();

    /// <summary>GitHub-flavoured Markdown: the summary's Markdown.</summary>
    public string ToMarkdown() => Summary().ToMarkdown();

    /// <summary>An HTML fragment, all text escaped: the summary's HTML.</summary>
    public string ToHtml() => Summary().ToHtml();

    /// <inheritdoc />
    public override string ToString() => ToText();
}
