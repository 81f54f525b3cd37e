using Analysenotater.Localization;

namespace Analysenotater.Cli;

/// <summary>The command line's messages (Resources/CliTexts.resx in bokmål, CliTexts.en.resx in English; language by <c>--language</c>).</summary>
internal static class CliTexts
{
    /// <summary>The catalog.</summary>
    public static TextCatalog Catalog { get; } = new("Analysenotater.Cli.Resources.CliTexts", typeof(CliTexts).Assembly);

    /// <summary>The text of <paramref name="key"/>.</summary>
    public static string Get(string key) => Catalog.Get(key);

    /// <summary>The text of <paramref name="key"/> with values (numbers in the language's format).</summary>
    public static string Format(string key, params object?[] args) => Catalog.Format(key, args);
}
