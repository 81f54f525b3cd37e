namespace Analysenotater.Statistics.Logistic;

/// <summary>
/// The maximum-likelihood estimates of a logistic model do not exist or were not reached: complete or quasi-complete
/// separation (a predictor, or a combination, predicts the outcome perfectly for some or all cases, so a coefficient
/// runs off to ±∞), or no convergence within the iteration limit. The message names the predictor and the counts.
/// </summary>
public sealed class LogisticFitException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LogisticFitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public LogisticFitException()
    {
    }

    /// <summary>Creates the exception with an inner exception.</summary>
    public LogisticFitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception naming the predictor involved.</summary>
    /// <param name="message">The message.</param>
    /// <param name="predictor">The coefficient name of the predictor (e.g. "utd=hoyere"); null if none can be named.</param>
    /// <param name="isSeparation">True for complete or quasi-complete separation, false for plain non-convergence.</param>
    public LogisticFitException(string message, string? predictor, bool isSeparation)
        : base(message)
    {
        Predictor = predictor;
        IsSeparation = isSeparation;
    }

    /// <summary>The coefficient name of the predictor that separates the outcome or diverges; null when none is named.</summary>
    public string? Predictor { get; }

    /// <summary>True for complete or quasi-complete separation.</summary>
    public bool IsSeparation { get; }
}
