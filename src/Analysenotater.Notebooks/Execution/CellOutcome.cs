namespace Analysenotater.Notebooks.Execution;

/// <summary>The result of running one cell.</summary>
/// <param name="Success">False after a compile error, a runtime error or an interrupt (all reported to the sink first).</param>
/// <param name="ExecutionCount">The cell's execution number (1 for the first cell of a session).</param>
/// <param name="Elapsed">Wall time from the call to the end of the cell, compilation included.</param>
public sealed record CellOutcome(bool Success, int ExecutionCount, TimeSpan Elapsed);
