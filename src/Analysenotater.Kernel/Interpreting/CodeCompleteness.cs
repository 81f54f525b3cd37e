namespace Analysenotater.Kernel.Interpreting;

/// <summary>The answer to <c>is_complete_request</c>.</summary>
public enum CodeCompleteness
{
    /// <summary>The code can run as it is.</summary>
    Complete,

    /// <summary>The code needs more lines (an open brace, an unfinished statement).</summary>
    Incomplete,

    /// <summary>The code has an error more lines cannot fix.</summary>
    Invalid,

    /// <summary>The interpreter cannot tell.</summary>
    Unknown,
}
