using System.Net;
using Analysenotater.Notebooks.Execution;
using Analysenotater.Notebooks.Formatting;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;

namespace Microsoft.DotNet.Interactive;

/// <summary>
/// The static helpers .NET Interactive notebooks call without qualification (cells import this class statically):
/// <c>display</c>, <c>HTML</c>, <c>Javascript</c>, <c>CSS</c>, <c>Markdown</c>, <c>GetInputAsync</c> and
/// <c>GetPasswordAsync</c>. Implemented by this engine; outputs go to the running cell.
/// </summary>
/// <remarks>Outside a running cell displays go nowhere and input requests give null.</remarks>
#pragma warning disable CA1724 // The name is the .NET Interactive API's.
public static class Kernel
#pragma warning restore CA1724
{
    /// <summary>Shows <paramref name="value"/> now; the handle's <c>Update(x)</c> replaces the output later.</summary>
    /// <param name="value">Any value; formatted as the engine (or a <c>Formatter.Register</c> call) says.</param>
    /// <param name="mimeTypes">MIME types to show it as; none means the preferred ones.</param>
    public static DisplayedValue display(object? value, params string[] mimeTypes) => (value ?? Formatter.NullString).Display(mimeTypes);

    /// <summary>Ready-made HTML, shown as is (not escaped).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static IHtmlContent HTML(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new HtmlString(content);
    }

    /// <summary>Markdown text, rendered as Markdown (text/markdown, with an HTML rendering for frontends without one).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static MarkdownContent Markdown(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new MarkdownContent(content);
    }

    /// <summary>Runs <paramref name="scriptContent"/> in the frontend (an HTML output holding a script element).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="scriptContent"/> is null.</exception>
    public static void Javascript(string scriptContent)
    {
        ArgumentNullException.ThrowIfNull(scriptContent);
        var html = "<script type=\"text/javascript\">\n" + scriptContent.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase) + "\n</script>";
        OutputContext.Current?.Display(new MimeBundle(new Dictionary<string, string> { ["text/html"] = html, ["text/plain"] = "<script>" }), isExecuteResult: false);
    }

    /// <summary>Adds a style sheet to the page (an HTML output holding a style element).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static void CSS(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        OutputContext.Current?.Display(new MimeBundle(new Dictionary<string, string> { ["text/html"] = "<style>" + content + "</style>", ["text/plain"] = "<style>" }), isExecuteResult: false);
    }

    /// <summary>Asks the user for a line of text (Jupyter's input box). Null when the frontend allows no input.</summary>
    /// <param name="prompt">Text shown beside the input box.</param>
    /// <param name="typeHint">"password" hides what is typed; other hints ("text", "file", …) read text.</param>
    public static Task<string?> GetInputAsync(string prompt = "", string typeHint = "text") =>
        Task.FromResult(OutputContext.Current is { } sink
            ? RoutingReader.ReadFromCell(sink, prompt ?? "", string.Equals(typeHint, "password", StringComparison.OrdinalIgnoreCase))
            : null);

    /// <summary>Asks the user for a password (the frontend hides what is typed; never printed).</summary>
    /// <exception cref="InvalidOperationException">The frontend allows no input.</exception>
    public static Task<PasswordString> GetPasswordAsync(string prompt = "")
    {
        var text = OutputContext.Current is { } sink ? RoutingReader.ReadFromCell(sink, prompt ?? "", password: true) : null;
        return text is null
            ? throw new InvalidOperationException("No input can be had here (the frontend does not allow input, or no cell is running).")
            : Task.FromResult(new PasswordString(text));
    }

    /// <summary>Escapes text for HTML (a convenience many notebooks use with <see cref="HTML"/>).</summary>
    internal static string Encode(string text) => WebUtility.HtmlEncode(text);
}
