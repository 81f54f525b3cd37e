namespace Analysenotater.Text.Keyness;

/// <summary>One keyword-in-context line: the words before, the keyword as written, the words after.</summary>
/// <param name="Row">The respondent's row (0-based).</param>
/// <param name="Left">Text before the keyword (at most the context width, cut at a word boundary).</param>
/// <param name="Keyword">The keyword as written.</param>
/// <param name="Right">Text after the keyword.</param>
public sealed record KeywordInContextLine(int Row, string Left, string Keyword, string Right);
