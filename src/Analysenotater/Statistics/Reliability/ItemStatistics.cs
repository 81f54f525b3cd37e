namespace Analysenotater.Statistics.Reliability;

/// <summary>Statistics of one item of a scale on the listwise-complete cases (as psych::alpha's item.stats and alpha.drop).</summary>
/// <param name="Name">The item's name.</param>
/// <param name="Mean">Mean of the item.</param>
/// <param name="StandardDeviation">Standard deviation (n − 1 denominator).</param>
/// <param name="CorrectedItemTotalCorrelation">Correlation of the item with the sum of the other items (psych's r.drop, SPSS's "Corrected Item-Total Correlation").</param>
/// <param name="AlphaIfDeleted">Raw Cronbach's alpha of the scale without this item (NaN for a two-item scale).</param>
/// <param name="StandardisedAlphaIfDeleted">Standardised alpha without this item (NaN for a two-item scale).</param>
/// <param name="Loading">The item's loading on the single factor (minres), used for omega.</param>
public sealed record ItemStatistics(string Name, double Mean, double StandardDeviation, double CorrectedItemTotalCorrelation, double AlphaIfDeleted, double StandardisedAlphaIfDeleted, double Loading)
{
    /// <summary>Guttman's λ6 (psych's G6(smc)) of the scale without this item (NaN for a two-item scale).</summary>
    public double G6IfDeleted { get; init; } = double.NaN;

    /// <summary>The item's loading on the single factor estimated by maximum likelihood (factanal), used for omega (ML).</summary>
    public double MaximumLikelihoodLoading { get; init; } = double.NaN;
}
