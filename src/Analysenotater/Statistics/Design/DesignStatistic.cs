namespace Analysenotater.Statistics.Design;

/// <summary>Which population quantity a <see cref="DesignEstimate"/> estimates.</summary>
public enum DesignStatistic
{
    /// <summary>A weighted mean Σwy / Σw (R svymean).</summary>
    Mean,

    /// <summary>A proportion: the weighted mean of a 0/1 variable (R svymean / svyciprop).</summary>
    Proportion,

    /// <summary>A weighted total Σwy (R svytotal).</summary>
    Total,

    /// <summary>A ratio of totals Σwy / Σwx (R svyratio).</summary>
    Ratio,
}
