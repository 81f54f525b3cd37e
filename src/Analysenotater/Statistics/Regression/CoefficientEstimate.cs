using Analysenotater.Statistics.Results;
using Analysenotater.Statistics.Distributions;

namespace Analysenotater.Statistics.Regression;

/// <summary>
/// One coefficient of a fitted model with its standard error and test. The t statistic is B / SE, the two-sided p
/// and the confidence interval use the t distribution with <see cref="Df"/> degrees of freedom (for a z test the df
/// is <see cref="double.PositiveInfinity"/>).
/// </summary>
/// <param name="Name">The coefficient name ("(Konstant)", a predictor, or "variable=level" for a dummy).</param>
/// <param name="Estimate">The coefficient B in the units of y per unit of the predictor.</param>
/// <param name="StandardError">Its standard error.</param>
/// <param name="Df">Degrees of freedom of the reference t distribution (fractional for Satterthwaite).</param>
/// <param name="T">B / SE.</param>
/// <param name="P">Two-sided p-value.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="StandardisedBeta">SPSS's standardised Beta, B · SD(x) / SD(y) on the estimation sample; NaN for the constant and where not computed.</param>
public sealed record CoefficientEstimate(string Name, double Estimate, double StandardError, double Df, double T, double P, double Lower, double Upper, double StandardisedBeta) : IEstimate
{
    /// <inheritdoc />
    public ConfidenceInterval ConfidenceInterval(double level) => Results.ConfidenceInterval.Wald(Estimate, StandardError, Df, level);

    /// <summary>Builds the estimate from B, SE and df at the given confidence level.</summary>
    internal static CoefficientEstimate From(string name, double b, double se, double df, double level, double beta = double.NaN)
    {
        var t = b / se;
        var q = double.IsPositiveInfinity(df) ? Probability.NormalQuantile(0.5 + level / 2) : Probability.TQuantile(0.5 + level / 2, df);
        var p = double.IsPositiveInfinity(df) ? Probability.TwoSidedNormal(t) : Probability.TwoSidedT(t, df);
        return new CoefficientEstimate(name, b, se, df, t, p, b - q * se, b + q * se, beta);
    }
}
