namespace Analysenotater.Disclosure;

/// <summary>The disclosure state of one released cell (a number of a table, a coefficient, a word count …).</summary>
public enum CellState
{
    /// <summary>Shown: the cell rests on enough respondents and cannot be used to work out a hidden cell.</summary>
    Released,

    /// <summary>Hidden because it rests on too few respondents (primary suppression); no number is reachable.</summary>
    Primary,

    /// <summary>Hidden so that a primary cell cannot be worked out from the shown ones (secondary suppression).</summary>
    Secondary,
}
