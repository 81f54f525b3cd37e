using Analysenotater.Statistics.Results;

namespace Analysenotater.Statistics.Logistic;

/// <summary>
/// One coefficient of a logistic model under one variance method, on both scales: B and its SE (log odds), the test
/// statistic B/SE (z when <see cref="Df"/> is infinite, otherwise t with the design df), the two-sided p-value, the
/// odds ratio exp(B) and its confidence interval exp(B ∓ q·SE) with q the normal or t quantile.
/// </summary>
/// <param name="Name">The coefficient name.</param>
/// <param name="B">The coefficient on the log-odds scale.</param>
/// <param name="StandardError">Its standard error under the method.</param>
/// <param name="Statistic">B / SE.</param>
/// <param name="Df">Degrees of freedom of the t reference distribution; <see cref="double.PositiveInfinity"/> for z.</param>
/// <param name="P">Two-sided p-value.</param>
/// <param name="OddsRatio">exp(B).</param>
/// <param name="Lower">Lower confidence limit for the odds ratio.</param>
/// <param name="Upper">Upper confidence limit for the odds ratio.</param>
public sealed record OddsRatioEstimate(string Name, double B, double StandardError, double Statistic, double Df, double P, double OddsRatio, double Lower, double Upper) : IEstimate
{
    /// <summary>The estimate on the log-odds scale: <see cref="B"/>.</summary>
    double IEstimate.Estimate => B;

    /// <summary>The interval for B (log odds), B ∓ q·SE with q from t on <see cref="Df"/> (z when infinite); exponentiate
    /// the limits for the odds ratio.</summary>
    public ConfidenceInterval ConfidenceInterval(double level) => Results.ConfidenceInterval.Wald(B, StandardError, Df, level);
}
