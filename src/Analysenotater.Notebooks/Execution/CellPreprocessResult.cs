namespace Analysenotater.Notebooks.Execution;

/// <summary>A cell after <see cref="CellPreprocessor"/>: the code to compile, notes for the user, or an error.</summary>
internal sealed record CellPreprocessResult(string Code, IReadOnlyList<string> Notes, string? Error);
