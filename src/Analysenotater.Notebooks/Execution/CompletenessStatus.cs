namespace Analysenotater.Notebooks.Execution;

/// <summary>Whether a piece of code can run as it is (Jupyter's is_complete).</summary>
public enum CompletenessStatus
{
    /// <summary>Parses as a complete submission.</summary>
    Complete,

    /// <summary>More input is needed (an open brace, an unfinished statement).</summary>
    Incomplete,

    /// <summary>Complete but with syntax errors.</summary>
    Invalid,
}
