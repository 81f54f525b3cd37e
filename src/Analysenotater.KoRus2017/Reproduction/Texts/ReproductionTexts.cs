using Analysenotater.Localization;

namespace Analysenotater.KoRus2017.Reproduction.Texts;

/// <summary>The reproduction report's texts (ReproductionTexts.resx in bokmål, ReproductionTexts.en.resx in English).</summary>
internal static class ReproductionTexts
{
    /// <summary>The catalog.</summary>
    public static TextCatalog Catalog { get; } = new("Analysenotater.KoRus2017.Reproduction.Texts.ReproductionTexts", typeof(ReproductionTexts).Assembly);
}
