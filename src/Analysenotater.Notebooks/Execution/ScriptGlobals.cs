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

    /// <summary>
    /// Asks the user for a line of text (Jupyter shows an input box; Python's <c>input()</c>). In the headless runner,
    /// or when the frontend does not allow input, there is none: the result is null. <c>Console.ReadLine()</c> reads
    /// the same way (with an empty prompt).
    /// </summary>
    /// <param name="prompt">Text shown next to the input box.</param>
    /// <returns>The line typed, or null when no input can be had.</returns>
    /// <exception cref="OperationCanceledException">The cell was interrupted while waiting.</exception>
    public string? input(string prompt = "") => OutputContext.Current is { } sink ? RoutingReader.ReadFromCell(sink, prompt ?? string.Empty, password: false) : null;

    /// <summary>As <see cref="input"/>, but the frontend hides what is typed (for a password or a key; never printed by the kernel).</summary>
    /// <param name="prompt">Text shown next to the input box.</param>
    /// <returns>The line typed, or null when no input can be had.</returns>
    /// <exception cref="OperationCanceledException">The cell was interrupted while waiting.</exception>
    public string? password(string prompt = "") => OutputContext.Current is { } sink ? RoutingReader.ReadFromCell(sink, prompt ?? string.Empty, password: true) : null;

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
