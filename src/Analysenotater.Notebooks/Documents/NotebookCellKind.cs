namespace Analysenotater.Notebooks.Documents;

/// <summary>The kind of a notebook cell.</summary>
public enum NotebookCellKind
{
    /// <summary>Code (C# unless <see cref="NotebookCell.Language"/> says otherwise).</summary>
    Code,

    /// <summary>Markdown text.</summary>
    Markdown,

    /// <summary>Raw text, passed through untouched.</summary>
    Raw,
}
