namespace Analysenotater.Scoring;

/// <summary>How many of an indicator's items a respondent must have answered validly to be scored.</summary>
public enum MinimumAnswered
{
    /// <summary>More than half of the items (KoRus Vedlegg 2 step 7: 3 of 4, 4 of 6, 3 of 5, 6 of 10).</summary>
    MoreThanHalf,

    /// <summary>At least half of the items (FHI convention).</summary>
    AtLeastHalf,

    /// <summary>At least one item.</summary>
    AtLeastOne,

    /// <summary>Every item (complete cases).</summary>
    All,
}
