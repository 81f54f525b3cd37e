namespace Analysenotater.Statistics.Weighting;

/// <summary>Settings for <see cref="Raking.Rake"/>.</summary>
public sealed record RakingOptions
{
    /// <summary>Maximum number of full sweeps over the margins; 100 by default.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>
    /// Convergence: the largest |weighted margin total − population total| after a sweep, relative to the population
    /// total, must be at most this; 1e-10 by default.
    /// </summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>Throw <see cref="RakingNotConvergedException"/> when not converged (default); false returns the result with <see cref="RakingResult.Converged"/> = false.</summary>
    public bool ThrowIfNotConverged { get; init; } = true;
}
