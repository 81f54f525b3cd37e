using Analysenotater.Notebooks.Documents;

namespace Analysenotater.Notebooks.Html;

/// <summary>
/// The nbconvert/Quarto cell tags a report honours: <c>remove-cell</c> (the whole cell is left out),
/// <c>remove-input</c> and <c>hide-input</c> (the code is left out; a report never shows code anyway),
/// <c>remove-output</c> and <c>hide-output</c> (the outputs are left out). Also <c>parameters</c> and
/// <c>injected-parameters</c> cells show nothing in a report.
/// </summary>
public static class CellVisibility
{
    /// <summary>True when the cell is left out of the report entirely.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>Whether it is removed.</returns>
    public static bool IsRemoved(NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return Has(cell, "remove-cell") || Has(cell, "remove_cell");
    }

    /// <summary>True when the cell's outputs are left out of the report.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>Whether the outputs are hidden.</returns>
    public static bool HidesOutput(NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return Has(cell, "remove-output") || Has(cell, "hide-output") || Has(cell, "parameters") || Has(cell, "injected-parameters");
    }

    /// <summary>True when the cell's code is hidden in the developer HTML too (<c>hide-input</c>, <c>remove-input</c>).</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>Whether the code is hidden.</returns>
    public static bool HidesInput(NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return Has(cell, "remove-input") || Has(cell, "hide-input") || Has(cell, "remove_input") || Has(cell, "hide_input");
    }

    private static bool Has(NotebookCell cell, string tag) => cell.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);
}
