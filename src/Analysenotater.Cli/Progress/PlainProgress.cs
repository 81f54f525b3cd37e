using Analysenotater.Localization;
using Analysenotater.Notebooks.Running;

namespace Analysenotater.Cli.Progress;

/// <summary>
/// Progress for a redirected standard error (a log, CI): one plain line per cell as it finishes —
/// <c>07-ks.ipynb [3/8] ok 0,52 s</c>, <c>[2/8] hoppet over (ikke C#)</c>, <c>[4/8] FEIL 0,10 s: …</c> — with the cell
/// numbers the error messages use.
/// </summary>
internal sealed class PlainProgress(TextWriter error) : IRunProgress
{
    private readonly Lock _gate = new();

    public Task RunAsync(Func<Task> body) => body();

    public void NotebookStarted(int index, string name, int codeCells)
    {
        lock (_gate)
        {
            error.WriteLine(CliTexts.Format("Run.NotebookStarted", name, codeCells));
        }
    }

    public void CellStarting(int index, CellStarting cell)
    {
    }

    public void CellFinished(int index, CellProgress cell)
    {
        lock (_gate)
        {
            error.WriteLine(Line(cell));
        }
    }

    public void NotebookFinished(int index, NotebookRunResult result)
    {
    }

    /// <summary>The line for a finished cell.</summary>
    public static string Line(CellProgress cell)
    {
        var position = $"{cell.NotebookName} [{cell.CodeCellNumber}/{cell.CodeCellCount}]";
        if (cell.Skipped)
        {
            return $"{position} {CliTexts.Get("Run.CellSkipped")}";
        }

        var seconds = cell.Elapsed.TotalSeconds.ToString("0.00", MessageLanguage.FormatCulture);
        return cell.Success
            ? $"{position} ok {seconds} s"
            : $"{position} {CliTexts.Get("Run.CellFailed")} {seconds} s: {cell.Error}";
    }
}
