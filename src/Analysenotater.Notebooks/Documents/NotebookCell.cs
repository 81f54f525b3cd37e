namespace Analysenotater.Notebooks.Documents;

/// <summary>One cell of a <see cref="Notebook"/>. Immutable; change with <c>with</c>.</summary>
/// <param name="Kind">Code, Markdown or Raw.</param>
/// <param name="Source">The cell's text (lines joined with "\n").</param>
public sealed record NotebookCell(NotebookCellKind Kind, string Source)
{
    /// <summary>The cell id (nbformat 4.5: 1–64 characters of letters, digits, '-' and '_'); null lets the writer assign one.</summary>
    public string? Id { get; init; }

    /// <summary>The cell's language for code cells as Polyglot names it ("csharp", "fsharp", …); "csharp" by default.</summary>
    public string Language { get; init; } = "csharp";

    /// <summary>Tags (nbformat metadata.tags), for example "parameters".</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The outputs of a code cell; empty for others.</summary>
    public IReadOnlyList<CellOutput> Outputs { get; init; } = [];

    /// <summary>The execution count of a code cell; null when not run.</summary>
    public int? ExecutionCount { get; init; }

    /// <summary>The rest of the cell metadata as a JSON object text (tags and Polyglot language excluded), passed through on write.</summary>
    public string MetadataJson { get; init; } = "{}";

    /// <summary>True for code cells in C#, the only language the engine runs.</summary>
    public bool IsCSharp => Kind == NotebookCellKind.Code && (Language is "csharp" or "C#" or "c#" or "cs");

    /// <summary>A C# code cell.</summary>
    public static NotebookCell Code(string source) => new(NotebookCellKind.Code, source);

    /// <summary>A Markdown cell.</summary>
    public static NotebookCell Markdown(string source) => new(NotebookCellKind.Markdown, source) { Language = "markdown" };
}
