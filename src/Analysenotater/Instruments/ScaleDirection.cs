namespace Analysenotater.Instruments;

/// <summary>How the valid codes of an answer scale are ordered.</summary>
public enum ScaleDirection
{
    /// <summary>Higher codes are more positive (more satisfied, more agreement).</summary>
    HigherIsBetter,

    /// <summary>Higher codes are worse (more distress, poorer health).</summary>
    HigherIsWorse,

    /// <summary>Ordered codes with no valence (for example frequency of admissions).</summary>
    Ordinal,

    /// <summary>Unordered categories.</summary>
    Nominal,
}
