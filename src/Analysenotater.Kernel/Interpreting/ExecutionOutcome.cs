namespace Analysenotater.Kernel.Interpreting;

/// <summary>How a cell ended. Immutable.</summary>
/// <param name="Success">True when the cell ran to its end without error.</param>
/// <param name="ExecutionCount">The count the cell got.</param>
/// <param name="ErrorName">Error name when failed (e.g. <c>CS0103</c>, <c>OperationCanceledException</c>); null on success.</param>
/// <param name="ErrorValue">Error message when failed; null on success.</param>
/// <param name="Traceback">Traceback lines when failed; empty on success.</param>
public sealed record ExecutionOutcome(bool Success, int ExecutionCount, string? ErrorName, string? ErrorValue, IReadOnlyList<string> Traceback)
{
    /// <summary>A successful cell.</summary>
    /// <param name="executionCount">The count the cell got.</param>
    /// <returns>The outcome.</returns>
    public static ExecutionOutcome Succeeded(int executionCount) => new(true, executionCount, null, null, []);

    /// <summary>A failed cell.</summary>
    /// <param name="executionCount">The count the cell got.</param>
    /// <param name="errorName">Error name.</param>
    /// <param name="errorValue">Error message.</param>
    /// <param name="traceback">Traceback lines.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ExecutionOutcome Failed(int executionCount, string errorName, string errorValue, IReadOnlyList<string> traceback)
    {
        ArgumentNullException.ThrowIfNull(errorName);
        ArgumentNullException.ThrowIfNull(errorValue);
        ArgumentNullException.ThrowIfNull(traceback);
        return new(false, executionCount, errorName, errorValue, traceback);
    }
}
