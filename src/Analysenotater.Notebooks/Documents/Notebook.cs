namespace Analysenotater.Notebooks.Documents;

/// <summary>An in-memory notebook: cells in order plus notebook metadata. Immutable; read and write with <see cref="NotebookFile"/>.</summary>
/// <param name="Cells">The cells in order.</param>
public sealed record Notebook(IReadOnlyList<NotebookCell> Cells)
{
    /// <summary>
    /// The default notebook metadata: the Polyglot Notebooks C# kernelspec (<c>.net-csharp</c>) and language info, so
    /// Jupyter with the Analysenotater kernel and VS Code Polyglot both open the file.
    /// </summary>
    public const string DefaultMetadataJson = """
        {"kernelspec":{"display_name":".NET (C#)","language":"C#","name":".net-csharp"},"language_info":{"file_extension":".cs","mimetype":"text/x-csharp","name":"C#","pygments_lexer":"csharp"},"polyglot_notebook":{"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}}
        """;

    /// <summary>The notebook metadata as a JSON object text (kernelspec, language_info, polyglot_notebook, …).</summary>
    public string MetadataJson { get; init; } = DefaultMetadataJson;

    /// <summary>The same notebook with every output and execution count removed.</summary>
    public Notebook WithoutOutputs() => this with { Cells = [.. Cells.Select(c => c with { Outputs = [], ExecutionCount = null })] };
}
