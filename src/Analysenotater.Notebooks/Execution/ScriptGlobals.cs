using System.ComponentModel;
using Analysenotater.Notebooks.Formatting;
using Analysenotater.Notebooks.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

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

    /// <summary>The named values of <c>#!value</c> cells (read by the code <c>#!set</c> and <c>#!share</c> stand for).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ValueStore AnalysenotaterValues { get; } = new();

    /// <summary>The folder of the running notebook or script (relative data paths resolve against it).</summary>
    public string NotebookDirectory { get; }

    /// <summary>
    /// Shows <paramref name="value"/> as an output of the running cell (rich HTML for tables and charts, plain text for
    /// the rest; a type given a formatter with <c>Formatter.Register</c> as registered). Outside a running cell it shows
    /// nothing. The handle's <c>Update(x)</c> replaces this output (also from a later cell).
    /// </summary>
    /// <param name="value">The value to show.</param>
    /// <param name="mimeTypes">MIME types to show it as (.NET Interactive); none: the engine's choice.</param>
    public DisplayedValue display(object? value, params string[] mimeTypes)
    {
        ArgumentNullException.ThrowIfNull(mimeTypes);
        var bundle = mimeTypes.Length > 0 && value is not null ? InteractiveFormatting.Format(value, mimeTypes) : _formatters.Format(value);
        var handle = new DisplayedValue(value ?? "null", [.. bundle.Data.Select(kv => new FormattedValue(kv.Key, kv.Value))]);
        OutputContext.Current?.Display(bundle, handle.DisplayId);
        return handle;
    }

    /// <summary>Clears what the running cell has shown so far (Jupyter's clear_output); with <paramref name="wait"/>, once the next output arrives (no flicker in loops).</summary>
    public void ClearOutput(bool wait = false) => OutputContext.Current?.ClearOutput(wait);

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
    public DisplayedValue display(string content, string mimeType)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(mimeType);
        var data = new Dictionary<string, string> { [mimeType] = content };
        if (mimeType != "text/plain")
        {
            data["text/plain"] = mimeType.StartsWith("text/", StringComparison.Ordinal) && mimeType != "text/html" ? content : $"<{mimeType}>";
        }

        var handle = new DisplayedValue(content, [.. data.Select(kv => new FormattedValue(kv.Key, kv.Value))]);
        OutputContext.Current?.Display(new MimeBundle(data), handle.DisplayId);
        return handle;
    }
}
