namespace Analysenotater.Statistics.Regression;

/// <summary>
/// Where the cluster id of a complete case comes from: a full-length per-input-row array (the specification's own
/// column, NaN = missing, already checked to hold integers) or an array in complete-case order.
/// </summary>
internal readonly struct ClusterSource
{
    private readonly double[]? _byRow;
    private readonly int[]? _byCase;

    private ClusterSource(double[]? byRow, int[]? byCase)
    {
        _byRow = byRow;
        _byCase = byCase;
    }

    /// <summary>Ids per input row (the complete rows are read).</summary>
    public static ClusterSource ByRow(double[] ids) => new(ids, null);

    /// <summary>Ids per complete case, in ascending row order.</summary>
    public static ClusterSource ByCase(int[] ids) => new(null, ids);

    /// <summary>The id of the complete case with index <paramref name="caseIndex"/> at input row <paramref name="row"/>.</summary>
    public int Id(int row, int caseIndex) => _byCase is { } c ? c[caseIndex] : (int)_byRow![row];
}
