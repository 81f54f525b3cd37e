using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Notebooks.Documents;

/// <summary>One stored output of a code cell (nbformat 4 output). Create with the static factories.</summary>
public sealed record CellOutput
{
    private CellOutput(CellOutputKind kind) => Kind = kind;

    /// <summary>The output type.</summary>
    public CellOutputKind Kind { get; }

    /// <summary>For streams: "stdout" or "stderr"; otherwise null.</summary>
    public string? StreamName { get; private init; }

    /// <summary>For streams: the text; otherwise null.</summary>
    public string? Text { get; private init; }

    /// <summary>For display data and execute results: the MIME bundle; otherwise null.</summary>
    public MimeBundle? Bundle { get; private init; }

    /// <summary>For execute results: the execution count of the cell; otherwise null.</summary>
    public int? ExecutionCount { get; private init; }

    /// <summary>For errors: the error name (exception type or "CompilationError"); otherwise null.</summary>
    public string? ErrorName { get; private init; }

    /// <summary>For errors: the message, naming cell and line; otherwise null.</summary>
    public string? ErrorValue { get; private init; }

    /// <summary>For errors: the traceback lines; otherwise empty.</summary>
    public IReadOnlyList<string> Traceback { get; private init; } = [];

    /// <summary>A stream output.</summary>
    public static CellOutput Stream(string name, string text) => new(CellOutputKind.Stream) { StreamName = name, Text = text };

    /// <summary>A display_data output.</summary>
    public static CellOutput Display(MimeBundle bundle) => new(CellOutputKind.DisplayData) { Bundle = bundle };

    /// <summary>An execute_result output.</summary>
    public static CellOutput Result(MimeBundle bundle, int? executionCount) => new(CellOutputKind.ExecuteResult) { Bundle = bundle, ExecutionCount = executionCount };

    /// <summary>An error output.</summary>
    public static CellOutput Error(string name, string value, IReadOnlyList<string> traceback) =>
        new(CellOutputKind.Error) { ErrorName = name, ErrorValue = value, Traceback = traceback };
}
