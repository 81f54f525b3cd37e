using Analysenotater.Notebooks.Formatting;

namespace Analysenotater.Notebooks.Execution;

/// <summary>
/// The members every cell sees without qualification: <c>display(x)</c> and the notebook's folder. One instance per
/// <see cref="ScriptSession"/>.
/// </summary>
public sealed class ScriptGlobals
{
    private readonly FormatterRegistry _formatters;

    internal ScriptGlobals(FormatterRegistry formatters, string baseDirectory)
    {
        _formatters = formatters;
        NotebookDirectory = baseDirectory;
    }

    /// <summary>The folder of the running notebook or script (relative data paths resolve against it).</summary>
    public string NotebookDirectory { get; }

    /// <summary>
    /// Shows <paramref name="value"/> as an output of the running cell (rich HTML for tables and charts, plain text for
    /// the rest). Outside a running cell it does nothing.
    /// </summary>
    public void display(object? value) => OutputContext.Current?.Display(_formatters.Format(value), isExecuteResult: false);

    /// <summary>Shows ready-made content of the given MIME type, for example <c>display("&lt;b&gt;hei&lt;/b&gt;", "text/html")</c>.</summary>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public void display(string content, string mimeType)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(mimeType);
        var data = new Dictionary<string, string> { [mimeType] = content };
        if (mimeType != "text/plain")
        {
            data["text/plain"] = mimeType.StartsWith("text/", StringComparison.Ordinal) && mimeType != "text/html" ? content : $"<{mimeType}>";
        }

        OutputContext.Current?.Display(new MimeBundle(data), isExecuteResult: false);
    }
}
