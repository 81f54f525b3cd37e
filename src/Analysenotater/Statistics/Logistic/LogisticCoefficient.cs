using Analysenotater.Statistics.Results;

namespace Analysenotater.Statistics.Logistic;

/// <summary>
/// One row of SPSS's «Variables in the Equation»: the coefficient B on the log-odds scale, its standard error from the
/// inverse observed information, the Wald statistic (B/SE)² with one df, its p-value, Exp(B) (the odds ratio per unit of
/// the predictor, or against the reference level for a dummy) and the Wald confidence interval for Exp(B),
/// exp(B ∓ z·SE).
/// </summary>
/// <param name="Name">"(Konstant)", a numeric predictor, or "variable=level" for a dummy.</param>
/// <param name="B">The coefficient (change in log odds per unit of the predictor).</param>
/// <param name="StandardError">Its standard error (model-based, from the information matrix).</param>
/// <param name="Wald">(B / SE)².</param>
/// <param name="Df">Degrees of freedom of the Wald test (1).</param>
/// <param name="P">P(χ²₁ &gt; Wald).</param>
/// <param name="ExpB">exp(B): the odds ratio.</param>
/// <param name="Lower">Lower Wald confidence limit for Exp(B).</param>
/// <param name="Upper">Upper Wald confidence limit for Exp(B).</param>
public sealed record LogisticCoefficient(string Name, double B, double StandardError, double Wald, int Df, double P, double ExpB, double Lower, double Upper) : IEstimate
{
    /// <summary>The estimate on the log-odds scale: <see cref="B"/>.</summary>
    double IEstimate.Estimate => B;

    /// <summary>+∞: the Wald test is a z (χ²₁) test.</summary>
    double IEstimate.Df => double.PositiveInfinity;

    /// <summary>The Wald interval for B (log odds), B ∓ z·SE; exponentiate the limits for Exp(B).</summary>
    public ConfidenceInterval ConfidenceInterval(double level) => Results.ConfidenceInterval.Wald(B, StandardError, double.PositiveInfinity, level);
}
