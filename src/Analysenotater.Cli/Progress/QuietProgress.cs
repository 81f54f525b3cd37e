using Analysenotater.Notebooks.Running;

namespace Analysenotater.Cli.Progress;

/// <summary><c>--quiet</c>: no progress at all (errors and the files written are still printed).</summary>
internal sealed class QuietProgress : IRunProgress
{
    public Task RunAsync(Func<Task> body) => body();

    public void NotebookStarted(int index, string name, int codeCells)
    {
    }

    public void CellStarting(int index, CellStarting cell)
    {
    }

    public void CellFinished(int index, CellProgress cell)
    {
    }

    public void NotebookFinished(int index, NotebookRunResult result)
    {
    }
}
