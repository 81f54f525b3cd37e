using Analysenotater.Data;

namespace Analysenotater.KoRus2017.Synthetic;

/// <summary>
/// Seeded, deterministic generator of synthetic KoRus 2017 microdata calibrated to the published report: 491
/// respondents in 20 fictitious municipalities (7 small, 4 medium, 9 large; 53 / 67 / 371 respondents), every closed
/// item with counts chosen to meet the published percentages overall, by gender (Nøkkeltall) and by size group
/// (Vedlegg 3), a latent structure calibrated to the published Cronbach's alphas, indicator means and regression betas,
/// and Norwegian open-text answers. Targets are read from the embedded <c>korus2017-published-*.csv</c> files and the
/// generator's own choices from <c>korus2017-generator-*.csv</c>. The data is synthetic: no real respondent is in it.
/// </summary>
public static class KoRusSyntheticGenerator
{
    /// <summary>The seed of the bundled data in <c>data-samples/korus-2017/</c>.</summary>
    public const ulong DefaultSeed = 2017;

    /// <summary>Generates the dataset. The same seed gives the same data on every machine and .NET version.</summary>
    public static SurveyDataset Generate(ulong seed = DefaultSeed) => GenerateDetailed(seed).Dataset;

    /// <summary>Generates the dataset together with the planted identifying details and the calibration log.</summary>
    public static KoRusSyntheticResult GenerateDetailed(ulong seed = DefaultSeed) => new KoRusSyntheticBuilder(seed).Build();
}
