using Analysenotater.Notebooks.Running;

namespace Analysenotater.Cli.Progress;

/// <summary>How <c>run</c> shows progress: live on a terminal, one line per finished cell when redirected, or nothing (<c>--quiet</c>).</summary>
internal interface IRunProgress
{
    /// <summary>Runs <paramref name="body"/> while the progress is shown (a live display lasts exactly that long).</summary>
    Task RunAsync(Func<Task> body);

    /// <summary>A notebook is about to start.</summary>
    void NotebookStarted(int index, string name, int codeCells);

    /// <summary>A cell starts.</summary>
    void CellStarting(int index, CellStarting cell);

    /// <summary>A cell finished (ran, failed or was skipped).</summary>
    void CellFinished(int index, CellProgress cell);

    /// <summary>A notebook finished.</summary>
    void NotebookFinished(int index, NotebookRunResult result);
}
