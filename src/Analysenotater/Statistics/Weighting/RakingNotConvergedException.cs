namespace Analysenotater.Statistics.Weighting;

/// <summary>Raking stopped after the maximum number of sweeps without meeting the tolerance. <see cref="Result"/> holds the last weights and the convergence report.</summary>
public sealed class RakingNotConvergedException : InvalidOperationException
{
    /// <summary>Creates the exception from the unconverged result.</summary>
    public RakingNotConvergedException(RakingResult result)
        : base(Describe(result))
    {
        Result = result;
    }

    /// <summary>Creates the exception with a message.</summary>
    public RakingNotConvergedException()
        : base("Raking did not converge.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RakingNotConvergedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public RakingNotConvergedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The unconverged result (weights after the last sweep, error history); null when created from a message.</summary>
    public RakingResult? Result { get; }

    private static string Describe(RakingResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Raking did not converge after {r.Iterations} sweeps: the largest margin error is {r.MaxMarginError:G6} (relative {r.MaxRelativeError:G3}, tolerance {r.Tolerance:G3}) in margin '{r.WorstMargin}'. Raise MaxIterations, collapse sparse categories, or check that the margins fit together (RakingOptions.ThrowIfNotConverged = false returns the last weights).");
    }
}
