namespace Analysenotater.Statistics.Results;

/// <summary>Operations every <see cref="IEstimationResult"/> has, written once.</summary>
public static class EstimationResultExtensions
{
    /// <summary>The confidence interval of every parameter at <paramref name="level"/>, in <see cref="IEstimationResult.Parameters"/> order (statsmodels' <c>conf_int</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not strictly between 0 and 1.</exception>
    public static IReadOnlyList<ConfidenceInterval> ConfidenceIntervals(this IEstimationResult result, double level)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Parameters.Select(p => p.ConfidenceInterval(level))];
    }

    /// <summary>The parameter with this name.</summary>
    /// <exception cref="KeyNotFoundException">No such parameter; the message lists the names.</exception>
    public static IEstimate Parameter(this IEstimationResult result, string name)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Parameters.FirstOrDefault(p => p.Name == name)
            ?? throw new KeyNotFoundException($"No parameter '{name}'. Parameters: {string.Join(", ", result.Parameters.Select(p => p.Name))}.");
    }
}
