namespace Analysenotater.Statistics.Weighting;

/// <summary>
/// Post-stratification (R <c>survey::postStratify</c>): every weight in a cell is multiplied by the cell's population
/// total divided by its weighted sample total, so the weighted cell totals equal the population.
/// Usage: <c>PostStratification.Apply(null, new WeightMargin("kommunestorrelse", codes, totals))</c>.
/// </summary>
public static class PostStratification
{
    /// <summary>Post-stratifies <paramref name="baseWeights"/> (null: all 1) to the cell totals of <paramref name="cells"/>.</summary>
    /// <exception cref="ArgumentException">A weight is invalid, a sample cell has no population total, or a population cell has no sample weight; the message names it.</exception>
    /// <remarks>
    /// The result's <see cref="PostStratificationResult.Summary"/> prints each cell's respondents; those counts pass the
    /// disclosure gate of <paramref name="context"/> (default <see cref="Disclosure.AnalysisContext.Default"/>): the cells
    /// are decided as one table with the total (<see cref="Disclosure.GroupRelease"/>), and a hidden cell shows «*» for its
    /// n, weighted total and factor (the factor is population ÷ n for unit weights). The weights themselves are per row.
    /// </remarks>
    public static PostStratificationResult Apply(double[]? baseWeights, WeightMargin cells, Disclosure.AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var n = cells.Codes.Count;
        var w = WeightingInput.BaseWeights(baseWeights, n);
        WeightingInput.CheckMargin(cells, w);
        var sums = new Dictionary<int, double>();
        var counts = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            var c = cells.Codes[i];
            sums[c] = sums.GetValueOrDefault(c) + w[i];
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        for (var i = 0; i < n; i++)
        {
            var c = cells.Codes[i];
            w[i] *= cells.Targets[c] / sums[c];
        }

        var table = cells.Targets.Select(kv => (cells.LabelOf(kv.Key), counts.GetValueOrDefault(kv.Key), sums.GetValueOrDefault(kv.Key), kv.Value)).ToList();
        var policy = (context ?? Disclosure.AnalysisContext.Default).Disclosure;
        var levels = Disclosure.GroupRelease.Decide(policy, [.. table.Select(c => c.Item2)], 0, [.. table.Select(c => c.Item1)]).Levels;
        return new PostStratificationResult(cells.Name, w, table) { CellLevels = levels, Policy = policy };
    }
}
