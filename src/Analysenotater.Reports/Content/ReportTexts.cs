using Analysenotater.Localization;

namespace Analysenotater.Reports.Content;

/// <summary>The report's own texts (Resources/ReportTexts.resx in bokmål, ReportTexts.en.resx in English).</summary>
internal static class ReportTexts
{
    /// <summary>The catalog.</summary>
    public static TextCatalog Catalog { get; } = new("Analysenotater.Reports.Resources.ReportTexts", typeof(ReportTexts).Assembly);

    /// <summary>The text of <paramref name="key"/>.</summary>
    public static string Get(string key) => Catalog.Get(key);

    /// <summary>The text of <paramref name="key"/> with values.</summary>
    public static string Format(string key, params object?[] args) => Catalog.Format(key, args);
}
