namespace Analysenotater.Notebooks.Documents;

/// <summary>The nbformat output types.</summary>
public enum CellOutputKind
{
    /// <summary>Console text ("stdout" or "stderr").</summary>
    Stream,

    /// <summary>A value shown with <c>display(...)</c>.</summary>
    DisplayData,

    /// <summary>The value of the cell's last expression.</summary>
    ExecuteResult,

    /// <summary>A compile error, runtime error or interrupt.</summary>
    Error,
}
