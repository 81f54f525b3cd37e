namespace Analysenotater.Statistics.Design;

/// <summary>
/// The survey design named in a model specification (Clusters, Strata and Weights arrays, one entry per input row) as
/// a <see cref="SurveyDesign"/>, so the specification-based regression fits use the same variance engine as every
/// other design-based estimator. Rows with an unknown cluster or stratum are outside the design (they may not be in
/// the model); a row outside the model with a missing weight is in the design with weight 0.
/// </summary>
internal static class SpecificationDesign
{
    /// <summary>The design and, per input row, its design row (−1 = outside the design).</summary>
    /// <exception cref="ArgumentException">An array has the wrong length, or a complete case lacks a weight, cluster or stratum.</exception>
    public static (SurveyDesign Design, int[] DesignRow) Build(int totalRows, IEnumerable<int> completeRows, IReadOnlyList<double> weights, IReadOnlyList<int?> clusters, IReadOnlyList<int?> strata, LonelyPsuPolicy lonelyPsu)
    {
        if (weights.Count != totalRows || clusters.Count != totalRows || strata.Count != totalRows)
        {
            throw new ArgumentException($"Design arrays must have one entry per input row ({totalRows}); got weights {weights.Count}, clusters {clusters.Count}, strata {strata.Count}.");
        }

        foreach (var r in completeRows)
        {
            if (double.IsNaN(weights[r]) || clusters[r] is null || strata[r] is null)
            {
                throw new ArgumentException($"Row {r + 1} is in the model but lacks a weight, cluster or stratum.");
            }
        }

        var map = new int[totalRows];
        var w = new List<double>(totalRows);
        var c = new List<int>(totalRows);
        var h = new List<int>(totalRows);
        for (var r = 0; r < totalRows; r++)
        {
            if (clusters[r] is int ci && strata[r] is int hi)
            {
                map[r] = w.Count;
                w.Add(double.IsNaN(weights[r]) ? 0 : weights[r]);
                c.Add(ci);
                h.Add(hi);
            }
            else
            {
                map[r] = -1;
            }
        }

        return (SurveyDesign.FromArrays([.. w], [.. c], [.. h], lonelyPsu), map);
    }
}
