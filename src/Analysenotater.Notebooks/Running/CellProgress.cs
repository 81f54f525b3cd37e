namespace Analysenotater.Notebooks.Running;

/// <summary>Progress after one code cell.</summary>
/// <param name="NotebookName">The notebook's name.</param>
/// <param name="CodeCellNumber">1-based among the notebook's code cells.</param>
/// <param name="CodeCellCount">How many code cells the notebook has.</param>
/// <param name="Success">False for an error; true for a cell that ran and for a skipped non-C# cell.</param>
/// <param name="Elapsed">The cell's wall time.</param>
/// <param name="Error">The error message (naming cell and line) or null.</param>
public sealed record CellProgress(string NotebookName, int CodeCellNumber, int CodeCellCount, bool Success, TimeSpan Elapsed, string? Error)
{
    /// <summary>True for a code cell that was not run because it is not C# (counted as skipped, not as run).</summary>
    public bool Skipped { get; init; }
}
