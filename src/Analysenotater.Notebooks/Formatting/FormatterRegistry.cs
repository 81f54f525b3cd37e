using System.Globalization;
using Analysenotater.Notebooks.Execution;
using Analysenotater.Reporting;

namespace Analysenotater.Notebooks.Formatting;

/// <summary>
/// The one place that decides how a value is shown: each formatter turns a value into a <see cref="MimeBundle"/>
/// (text/plain always, text/html and JSON types where richer). The most recently registered matching formatter wins.
/// Thread-safe.
/// </summary>
public sealed class FormatterRegistry
{
    private readonly Lock _lock = new();
    private (Func<object, bool> Matches, Func<object, MimeBundle> Format)[] _formatters = [];
    private static readonly Markdig.MarkdownPipeline MarkdownPipeline = Markdig.MarkdownExtensions.UseEmphasisExtras(Markdig.MarkdownExtensions.UsePipeTables(new Markdig.MarkdownPipelineBuilder())).Build();
    private int _plotNumber;
    private int _plotlyLibraryTaken;

    /// <summary>
    /// A registry with the engine's formatters: the core's <see cref="IRenderable"/> results (HTML tables with Norwegian
    /// formatting), Microsoft.Data.Analysis DataFrames, Deedle frames and series, Plotly.NET charts (HTML + plotly JSON),
    /// exceptions, sequences and plain values (invariant culture).
    /// </summary>
    public static FormatterRegistry CreateDefault()
    {
        var registry = new FormatterRegistry();
        registry.Register(_ => true, PlainFormatter.Format);
        registry.Register<Exception>(e => MimeBundle.PlainText(e.ToString()));
        registry.Register<IRenderable>(r => new MimeBundle(new Dictionary<string, string> { ["text/plain"] = r.ToText(), ["text/html"] = TableStyle.Wrap(r.ToHtml()) }));
        registry.Register<Microsoft.Data.Analysis.DataFrame>(DataFrameFormatter.Format);
        registry.Register(DeedleFormatter.Matches, DeedleFormatter.Format);
        registry.Register<Plotly.NET.GenericChart>(chart => PlotlyChartFormatter.Format(chart, registry.NextPlotNumber(), registry.TakePlotlyLibrary()));
        registry.Register(ForeignPlotlyChart.Matches, chart => ForeignPlotlyChart.Format(chart, registry.NextPlotNumber(), registry.TakePlotlyLibrary()));
        registry.Register(XPlotChart.Matches, v => XPlotChart.Format(v, registry.TakePlotlyLibrary()));
        registry.Register<HtmlContent>(h => new MimeBundle(new Dictionary<string, string> { ["text/plain"] = h.Html, ["text/html"] = h.Html }));
        registry.Register<MarkdownContent>(m => new MimeBundle(new Dictionary<string, string>
        {
            ["text/plain"] = m.Markdown,
            ["text/markdown"] = m.Markdown,
            ["text/html"] = Markdig.Markdown.ToHtml(m.Markdown, MarkdownPipeline),
        }));
        return registry;
    }

    /// <summary>Registers a formatter for values of type <typeparamref name="T"/> (and subtypes); it takes precedence over earlier ones.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="formatter"/> is null.</exception>
    public void Register<T>(Func<T, MimeBundle> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Register(v => v is T, v => formatter((T)v));
    }

    /// <summary>Registers a formatter for values <paramref name="matches"/> accepts; it takes precedence over earlier ones.</summary>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public void Register(Func<object, bool> matches, Func<object, MimeBundle> formatter)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(formatter);
        lock (_lock)
        {
            _formatters = [.. _formatters, (matches, formatter)];
        }
    }

    /// <summary>
    /// Formats <paramref name="value"/> with the newest matching formatter. Null gives text/plain "null". A formatter
    /// that throws falls back to the value's ToString() with the failure noted, so a display never breaks a cell.
    /// </summary>
    public MimeBundle Format(object? value)
    {
        if (value is not null && InteractiveFormatting.Handles(value))
        {
            try
            {
                return InteractiveFormatting.Format(value);
            }
#pragma warning disable CA1031 // A failing formatter must not fail the cell; the failure is shown instead.
            catch (Exception e)
#pragma warning restore CA1031
            {
                return MimeBundle.PlainText($"{SafeToString(value)}\n(formatting as {value.GetType().Name} failed: {e.Message})");
            }
        }

        return FormatWithEngine(value);
    }

    /// <summary>Formats with the engine's formatters only (no .NET Interactive registrations consulted).</summary>
    internal MimeBundle FormatWithEngine(object? value)
    {
        if (value is null)
        {
            return MimeBundle.PlainText("null");
        }

        var formatters = Volatile.Read(ref _formatters);
        for (var i = formatters.Length - 1; i >= 0; i--)
        {
            if (!formatters[i].Matches(value))
            {
                continue;
            }

            try
            {
                return formatters[i].Format(value);
            }
#pragma warning disable CA1031 // A failing formatter must not fail the cell; the failure is shown instead.
            catch (Exception e)
#pragma warning restore CA1031
            {
                return MimeBundle.PlainText($"{SafeToString(value)}\n(formatting as {value.GetType().Name} failed: {e.Message})");
            }
        }

        return MimeBundle.PlainText(SafeToString(value));
    }

    /// <summary>
    /// Whether chart HTML carries plotly.js inline: true for the first chart of this registry (one session, so once
    /// per page in a frontend) unless <see cref="EmbedPlotlyLibrary"/> is false.
    /// </summary>
    internal bool TakePlotlyLibrary() => EmbedPlotlyLibrary && Interlocked.Exchange(ref _plotlyLibraryTaken, 1) == 0;

    /// <summary>
    /// True (default): the first chart's HTML output carries the engine's plotly.js inline, so charts draw in frontends
    /// without a plotly renderer (classic Notebook, nbconvert HTML). False: no chart carries it (a host that puts
    /// plotly.js on the page itself).
    /// </summary>
    public bool EmbedPlotlyLibrary { get; set; } = true;

    /// <summary>Makes the next chart carry plotly.js again (a frontend page that was reloaded, a new notebook run).</summary>
    public void ResetPlotlyLibrary() => Interlocked.Exchange(ref _plotlyLibraryTaken, 0);

    /// <summary>A number unique within this registry, used to give each chart's HTML element its own id.</summary>
    internal int NextPlotNumber() => Interlocked.Increment(ref _plotNumber);

    private static string SafeToString(object value)
    {
        try
        {
            return value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString() ?? "";
        }
#pragma warning disable CA1031 // ToString of user types may throw anything.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"<{value.GetType().Name}: ToString() failed: {e.Message}>";
        }
    }

}
