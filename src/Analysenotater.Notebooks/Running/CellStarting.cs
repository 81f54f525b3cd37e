namespace Analysenotater.Notebooks.Running;

/// <summary>A code cell is about to run.</summary>
/// <param name="NotebookName">The notebook's name.</param>
/// <param name="CodeCellNumber">1-based among the notebook's code cells (the number error messages use: «cell N»).</param>
/// <param name="CodeCellCount">How many code cells the notebook has.</param>
public sealed record CellStarting(string NotebookName, int CodeCellNumber, int CodeCellCount);
