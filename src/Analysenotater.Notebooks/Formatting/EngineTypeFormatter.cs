using Analysenotater.Notebooks.Execution;
using Microsoft.DotNet.Interactive.Formatting;

namespace Analysenotater.Notebooks.Formatting;

/// <summary>
/// The engine's formatting of one of its own types (charts, report tables, data frames), registered with the .NET
/// Interactive formatting library so <c>x.Display()</c> and <c>x.ToDisplayString("text/html")</c> give the engine's
/// HTML. Uses the running cell's <see cref="FormatterRegistry"/>.
/// </summary>
internal sealed class EngineTypeFormatter(Type type, string mimeType) : ITypeFormatter
{
    public string MimeType => mimeType;

    public Type Type => type;

    public bool Format(object instance, FormatContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bundle = (OutputContext.Formatters ?? FormatterRegistry.CreateDefault()).FormatWithEngine(instance);
        context.Writer.Write(bundle.Data.TryGetValue(mimeType, out var text) ? text : bundle.Text);
        return true;
    }
}
