using Analysenotater.Notebooks.Documents;

namespace Analysenotater.Notebooks.Running;

/// <summary>An executed notebook and what happened.</summary>
/// <param name="Notebook">The notebook with outputs and execution counts (cells after a stopping error are left unexecuted).</param>
/// <param name="Success">True when every C# cell ran without error.</param>
/// <param name="CellsRun">Code cells executed.</param>
/// <param name="Errors">Error messages in order, each naming cell and line.</param>
/// <param name="Elapsed">Wall time of the whole run, session start-up included.</param>
public sealed record NotebookRunResult(Notebook Notebook, bool Success, int CellsRun, IReadOnlyList<string> Errors, TimeSpan Elapsed);
