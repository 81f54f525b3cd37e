namespace Analysenotater.Notebooks.Running;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook.</summary>
public sealed class NotebookRunOptions
{
    /// <summary>The folder relative paths resolve against (normally the notebook's folder). Default: the current directory.</summary>
    public string BaseDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>
    /// Whether the process's current directory is the notebook's folder (<see cref="BaseDirectory"/>) while it runs, as in
    /// Jupyter, so relative file names in cells resolve there. Default false (a library caller keeps its directory); the
    /// CLI's runner turns it on. Notebooks of different folders then run one folder at a time.
    /// </summary>
    public bool UseNotebookFolderAsCurrentDirectory { get; init; }

    /// <summary>The notebook's name for messages (normally its file name).</summary>
    public string NotebookName { get; init; } = "notebook";

    /// <summary>When false (default) the run stops at the first failing cell; later cells keep no outputs.</summary>
    public bool AllowErrors { get; init; }

    /// <summary>Papermill-style parameters (<c>-p name=value</c>), injected after the cell tagged "parameters".</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Called after each code cell (on the runner's thread).</summary>
    public Action<CellProgress>? Progress { get; init; }

    /// <summary>
    /// Whether the session warms Roslyn and the chart formatters up in the background before the first cell
    /// (<see cref="Execution.ScriptSessionOptions.WarmUp"/>). Default false: a single cold notebook starts about 0.5 s
    /// sooner without it (the warm-up's own compile sits on the first cell's path). When several notebooks run in
    /// parallel, warming up pays off (the CLI's folder run turns it on).
    /// </summary>
    public bool WarmUp { get; init; }

    /// <summary>Called when a code cell starts (on the runner's thread), for live progress; skipped cells are reported only through <see cref="Progress"/>.</summary>
    public Action<CellStarting>? CellStarting { get; init; }

    /// <summary>
    /// The culture the cells run with (interpolated numbers, <c>ToString()</c>, dates). Null (default): the notebook's
    /// metadata <c>analysenotater.culture</c> (for example <c>"en-GB"</c>) when set, else Norwegian bokmål (nb-NO).
    /// </summary>
    public System.Globalization.CultureInfo? Culture { get; init; }

    /// <summary>Package sources for <c>#r "nuget: …"</c> after the notebook's own; null: NuGet.config's (see <see cref="Execution.ScriptSessionOptions.PackageSources"/>).</summary>
    public IReadOnlyList<string>? PackageSources { get; init; }

    /// <summary>Where restored packages are kept between runs; null: the default cache folder.</summary>
    public string? PackageCacheDirectory { get; init; }
}
