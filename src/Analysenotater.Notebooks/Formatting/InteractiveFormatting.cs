using System.Collections.Concurrent;
using Analysenotater.Notebooks.Execution;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;

namespace Analysenotater.Notebooks.Formatting;

/// <summary>
/// Connects the .NET Interactive formatting library (Microsoft.DotNet.Interactive.Formatting) to the engine:
/// <c>x.Display()</c>, <c>display(x)</c>, <c>DisplayTable()</c> and a handle's <c>Update(x)</c> reach the running cell's
/// sink; values the user formatted with <c>Formatter.Register</c> or <c>Formatter.SetPreferredMimeTypesFor</c>, and the
/// library's own types (PocketView HTML, <c>LaTeXString</c>, <c>MathString</c>, tabular data, <c>IHtmlContent</c>), are
/// formatted by the library; everything else by the engine's <see cref="FormatterRegistry"/>.
/// </summary>
internal static class InteractiveFormatting
{
    private static readonly Lock InstallLock = new();
    private static readonly ConcurrentDictionary<ITypeFormatter, bool> EngineFormatters = new();
    private static IDisposable? _subscription;

    /// <summary>Subscribes to the library's display events (once per process) and registers the engine's HTML for its own types there.</summary>
    public static void Install()
    {
        lock (InstallLock)
        {
            _subscription ??= Formatter.SubscribeToDisplayedValues(OnDisplayed);
            if (!Formatter.RegisteredFormatters(includeDefaults: false).Any(f => f.Type == typeof(MathString)))
            {
                Formatter.Register<MathString>((m, w) => w.Write("$$" + m + "$$"), "text/latex");
                Formatter.SetPreferredMimeTypesFor(typeof(MathString), "text/latex");
            }

            var registered = Formatter.RegisteredFormatters(includeDefaults: false).ToHashSet();
            if (!EngineFormatters.IsEmpty && EngineFormatters.Keys.All(registered.Contains))
            {
                return;
            }

            EngineFormatters.Clear();
            foreach (var type in new[] { typeof(Plotly.NET.GenericChart), typeof(Analysenotater.Reporting.IRenderable), typeof(Microsoft.Data.Analysis.DataFrame), typeof(Deedle.IFrame), typeof(HtmlContent), typeof(MarkdownContent) })
            {
                foreach (var mime in new[] { "text/html", "text/plain" })
                {
                    var formatter = new EngineTypeFormatter(type, mime);
                    EngineFormatters[formatter] = true;
                    Formatter.Register(formatter);
                }
            }
        }
    }

    /// <summary>True when the library should format <paramref name="value"/> (see the class remarks).</summary>
    public static bool Handles(object value)
    {
        if (value is IHtmlContent || value.GetType().Assembly == typeof(Formatter).Assembly)
        {
            return true;
        }

        var type = value.GetType();
        foreach (var f in Formatter.RegisteredFormatters(includeDefaults: false))
        {
            if (!EngineFormatters.ContainsKey(f) && f.Type != typeof(object) && Matches(f.Type, type))
            {
                return true;
            }
        }

        var preferred = Formatter.GetPreferredMimeTypesFor(type);
        var defaultMime = value is string ? "text/plain" : Formatter.DefaultMimeType;
        return !(preferred.Count == 1 && preferred.Contains(defaultMime));
    }

    /// <summary>Formats with the library in <paramref name="mimeTypes"/> (none: the preferred ones), always adding text/plain.</summary>
    public static MimeBundle Format(object value, IReadOnlyCollection<string>? mimeTypes = null)
    {
        var mimes = mimeTypes is { Count: > 0 } ? mimeTypes : Formatter.GetPreferredMimeTypesFor(value.GetType());
        var data = new Dictionary<string, string>();
        foreach (var mime in mimes)
        {
            data[mime] = Finish(mime, value.ToDisplayString(mime), value);
        }

        if (!data.ContainsKey("text/plain"))
        {
            data["text/plain"] = value is IHtmlContent ? "<HTML>" : value.ToDisplayString("text/plain");
        }

        return new MimeBundle(data);
    }

    /// <summary>Tables the library builds (DisplayTable, objects and lists) get the engine's table styling; HTML the user wrote stays as written.</summary>
    private static string Finish(string mime, string text, object value) =>
        mime == "text/html" && value is not IHtmlContent && text.Contains("<table", StringComparison.OrdinalIgnoreCase) ? TableStyle.Wrap(text) : text;

    private static bool Matches(Type registered, Type actual)
    {
        if (registered.IsAssignableFrom(actual))
        {
            return true;
        }

        if (!registered.IsGenericTypeDefinition)
        {
            return false;
        }

        for (var t = actual; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == registered)
            {
                return true;
            }
        }

        return actual.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == registered);
    }

    private static void OnDisplayed(DisplayedValue displayed)
    {
        var sink = OutputContext.Current;
        if (sink is null)
        {
            return;
        }

        var value = displayed.Value;
        MimeBundle bundle;
        if (value is not null && (Handles(value) || !displayed.FormattedValues.Any(v => v.MimeType == "text/html")))
        {
            var data = displayed.FormattedValues.Where(v => !v.SuppressDisplay).ToDictionary(v => v.MimeType, v => Finish(v.MimeType, v.Value, value));
            if (!data.ContainsKey("text/plain"))
            {
                data["text/plain"] = value is IHtmlContent ? "<HTML>" : value.ToDisplayString("text/plain");
            }

            bundle = new MimeBundle(data);
        }
        else
        {
            bundle = (OutputContext.Formatters ?? FormatterRegistry.CreateDefault()).Format(value);
        }

        if (displayed.IsUpdated)
        {
            sink.UpdateDisplay(bundle, displayed.DisplayId);
        }
        else
        {
            sink.Display(bundle, displayed.DisplayId);
        }
    }
}
