namespace Analysenotater.Notebooks.Execution;

/// <summary>
/// A cell after <see cref="CellPreprocessor"/>: the C# code to compile (directive lines blanked or replaced on the same
/// line, so line numbers stay exact), notes for the user, an error, or a cell of another kind.
/// </summary>
internal sealed record CellPreprocessResult(string Code, IReadOnlyList<string> Notes, string? Error)
{
    /// <summary>What the cell is: C# (the default), or a Markdown, HTML, JavaScript or value cell, or another language.</summary>
    public CellKindDirective Kind { get; init; } = CellKindDirective.CSharp;

    /// <summary>For non-C# cells: the cell's text after its magic line.</summary>
    public string Body { get; init; } = "";

    /// <summary>For non-C# cells: the magic's options (<c>--name x</c> → name = x).</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    /// <summary>For <see cref="CellKindDirective.OtherLanguage"/>: the language named by the magic line.</summary>
    public string? Language { get; init; }

    /// <summary>Packages asked for with <c>#r "nuget: Id, Version"</c>, in order.</summary>
    public IReadOnlyList<PackageRequest> Packages { get; init; } = [];

    /// <summary>Package sources added with <c>#i "nuget: source"</c>, in order.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>True when the cell starts with <c>#!time</c>: the wall time is printed after it.</summary>
    public bool Time { get; init; }

    /// <summary>True when the cell has <c>#!about</c>: the engine's name and versions are shown.</summary>
    public bool About { get; init; }
}
