namespace Analysenotater.Statistics.Results;

/// <summary>
/// One estimated quantity with its uncertainty: a design-based mean, a proportion, a model coefficient. Units are the
/// estimate's own (a proportion on 0–1, a logistic coefficient on the log-odds scale).
/// </summary>
public interface IEstimate
{
    /// <summary>What is estimated (a coefficient name, a variable and domain).</summary>
    string Name { get; }

    /// <summary>The point estimate.</summary>
    double Estimate { get; }

    /// <summary>Its standard error; NaN when it cannot be estimated.</summary>
    double StandardError { get; }

    /// <summary>Degrees of freedom of the reference t distribution; +∞ for a normal (z) reference.</summary>
    double Df { get; }

    /// <summary>The confidence interval at <paramref name="level"/> on the estimate's scale.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not strictly between 0 and 1.</exception>
    ConfidenceInterval ConfidenceInterval(double level);
}
