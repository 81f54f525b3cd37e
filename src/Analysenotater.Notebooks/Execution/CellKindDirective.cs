namespace Analysenotater.Notebooks.Execution;

/// <summary>The kind of a cell as its first magic line says (Polyglot Notebooks / .NET Interactive conventions).</summary>
internal enum CellKindDirective
{
    /// <summary>C# code (no magic line, or <c>#!csharp</c>).</summary>
    CSharp,

    /// <summary><c>#!markdown</c>: the text is rendered as Markdown.</summary>
    Markdown,

    /// <summary><c>#!html</c>: the text is shown as HTML.</summary>
    Html,

    /// <summary><c>#!javascript</c> / <c>#!js</c>: the text runs as a script in the frontend.</summary>
    JavaScript,

    /// <summary><c>#!value --name x</c>: the text is stored as a named value (for <c>#!set</c> and <c>#!share</c>).</summary>
    Value,

    /// <summary>Another language (<c>#!fsharp</c>, <c>#!pwsh</c>, …) that the engine does not run.</summary>
    OtherLanguage,
}
