namespace Analysenotater.Notebooks.Running;

/// <summary>Progress after one code cell.</summary>
/// <param name="NotebookName">The notebook's name.</param>
/// <param name="CodeCellNumber">1-based among the notebook's code cells.</param>
/// <param name="CodeCellCount">How many code cells the notebook has.</param>
/// <param name="Success">False for an error or a skipped non-C# cell that could not run.</param>
/// <param name="Elapsed">The cell's wall time.</param>
/// <param name="Error">The error message (naming cell and line) or null.</param>
public sealed record CellProgress(string NotebookName, int CodeCellNumber, int CodeCellCount, bool Success, TimeSpan Elapsed, string? Error);
