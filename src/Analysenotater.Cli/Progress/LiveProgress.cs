using System.Collections.Concurrent;
using Analysenotater.Notebooks.Running;
using Spectre.Console;

namespace Analysenotater.Cli.Progress;

/// <summary>
/// Live progress on a terminal (Spectre.Console, on standard error): one bar per notebook, advancing per cell, with
/// the cell running now in its description; failures are printed above the bars as they happen.
/// </summary>
internal sealed class LiveProgress : IRunProgress
{
    private readonly IAnsiConsole _console;
    private readonly ConcurrentDictionary<int, ProgressTask> _tasks = new();
    private readonly ConcurrentDictionary<int, string> _names = new();
    private ProgressContext? _context;

    public LiveProgress(TextWriter error)
    {
        _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
    }

    public Task RunAsync(Func<Task> body) => _console.Progress()
        .AutoClear(false)
        .HideCompleted(false)
        .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
        .StartAsync(async ctx =>
        {
            _context = ctx;
            await body().ConfigureAwait(false);
        });

    public void NotebookStarted(int index, string name, int codeCells)
    {
        _names[index] = name;
        if (_context is { } ctx)
        {
            _tasks[index] = ctx.AddTask(Markup.Escape(name), autoStart: true, maxValue: Math.Max(1, codeCells));
        }
    }

    public void CellStarting(int index, CellStarting cell)
    {
        if (_tasks.TryGetValue(index, out var task))
        {
            task.Description = Markup.Escape($"{cell.NotebookName} [{cell.CodeCellNumber}/{cell.CodeCellCount}]");
        }
    }

    public void CellFinished(int index, CellProgress cell)
    {
        if (_tasks.TryGetValue(index, out var task))
        {
            task.Increment(1);
        }

        if (!cell.Success)
        {
            _console.MarkupLine("[red]" + Markup.Escape(PlainProgress.Line(cell)) + "[/]");
        }
    }

    public void NotebookFinished(int index, NotebookRunResult result)
    {
        if (_tasks.TryGetValue(index, out var task))
        {
            task.Description = Markup.Escape(_names[index]) + (result.Success ? " [green]ok[/]" : " [red]" + Markup.Escape(CliTexts.Get("Run.CellFailed")) + "[/]");
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }
}
