namespace Analysenotater.Notebooks.Execution;

/// <summary>
/// One value rendered in several MIME types, keyed by type: "text/plain", "text/html", "application/vnd.plotly.v1+json", …
/// JSON types hold their JSON text.
/// </summary>
/// <param name="Data">The renderings by MIME type.</param>
public sealed record MimeBundle(IReadOnlyDictionary<string, string> Data)
{
    /// <summary>A bundle with only a text/plain rendering.</summary>
    public static MimeBundle PlainText(string text) => new(new Dictionary<string, string> { ["text/plain"] = text ?? "" });

    /// <summary>The text/plain rendering, or an empty string when absent.</summary>
    public string Text => Data.TryGetValue("text/plain", out var t) ? t : "";
}
