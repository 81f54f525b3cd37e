namespace Analysenotater.Statistics.Weighting;

/// <summary>What weight trimming does with rows whose weight is 0.</summary>
public enum ZeroWeightTrimming
{
    /// <summary>
    /// Zero weights stay 0 and take no share of the trimmed amount: a zero weight marks a row outside the sample (or
    /// outside the population), and trimming should not bring it in. The row stays in the design for the variance
    /// (its PSU and stratum count; its score is 0). The default.
    /// </summary>
    Keep,

    /// <summary>
    /// As R <c>survey::trimWeights</c>: a zero weight is trimmed like any other — raised to the lower bound when the
    /// bound is above 0, otherwise it lies inside the bounds and takes its equal share of the trimmed amount, so the
    /// row enters the estimates.
    /// </summary>
    AsSurvey,
}
