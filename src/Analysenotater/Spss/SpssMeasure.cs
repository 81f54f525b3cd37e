namespace Analysenotater.Spss;

/// <summary>The measurement level SPSS stores for a variable.</summary>
public enum SpssMeasure
{
    /// <summary>Not stated in the file.</summary>
    Unknown = 0,

    /// <summary>Nominal (unordered categories).</summary>
    Nominal = 1,

    /// <summary>Ordinal (ordered categories).</summary>
    Ordinal = 2,

    /// <summary>Scale (interval or ratio numbers).</summary>
    Scale = 3,
}
