using Analysenotater.Statistics.Distributions;

namespace Analysenotater.Statistics.Results;

/// <summary>A two-sided confidence interval on the estimate's own scale.</summary>
/// <param name="Lower">Lower limit; NaN when it cannot be computed (no degrees of freedom or a NaN standard error).</param>
/// <param name="Upper">Upper limit; NaN likewise.</param>
/// <param name="ConfidenceLevel">The confidence level, strictly between 0 and 1 (for example 0.95).</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper, double ConfidenceLevel)
{
    /// <summary>The Wald interval estimate ∓ q·SE with q the t quantile on <paramref name="df"/> degrees of freedom
    /// (the normal quantile when df is +∞); NaN limits when df ≤ 0 or the SE is NaN.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not strictly between 0 and 1.</exception>
    public static ConfidenceInterval Wald(double estimate, double standardError, double df, double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");
        }

        if (!(df > 0) || double.IsNaN(standardError))
        {
            return new ConfidenceInterval(double.NaN, double.NaN, level);
        }

        var q = Probability.TQuantile(0.5 + level / 2, df);
        return new ConfidenceInterval(estimate - q * standardError, estimate + q * standardError, level);
    }

    /// <summary>Splits into the limits: <c>var (lower, upper) = result.ConfidenceInterval(0.9);</c></summary>
    public void Deconstruct(out double lower, out double upper)
    {
        lower = Lower;
        upper = Upper;
    }

    /// <summary>The width, upper − lower.</summary>
    public double Width => Upper - Lower;

    /// <summary>Whether the interval contains <paramref name="value"/>.</summary>
    public bool Contains(double value) => Lower <= value && value <= Upper;
}
