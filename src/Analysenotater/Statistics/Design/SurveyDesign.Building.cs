using System.Globalization;
using Analysenotater.Data;

namespace Analysenotater.Statistics.Design;

/// <content>Building a design from arrays or a dataset: PSU and stratum indexing, FPC, checks.</content>
public sealed partial class SurveyDesign
{
    /// <summary>
    /// Builds a design from arrays (one entry per row). Usage for a benchmark:
    /// <c>SurveyDesign.FromArrays(w, kommune, storrelse, LonelyPsuPolicy.Adjust)</c>.
    /// </summary>
    /// <param name="weights">Sampling weights (finite, ≥ 0); null for all 1.</param>
    /// <param name="clusters">PSU ids (nested in strata: the same id in two strata is two PSUs); null for one PSU per row.</param>
    /// <param name="strata">Stratum codes; null for one stratum (code 0).</param>
    /// <param name="lonelyPsu">The lonely-PSU policy.</param>
    /// <param name="populationPsusByStratum">Optional FPC: PSUs in the population per stratum code (≥ the sampled PSUs).</param>
    /// <param name="level">Confidence level, 0.95 by default.</param>
    /// <exception cref="ArgumentException">Lengths differ, a weight is NaN, infinite or negative (the message names the row), or an FPC is missing or smaller than the sample.</exception>
    public static SurveyDesign FromArrays(double[]? weights, int[]? clusters, int[]? strata, LonelyPsuPolicy lonelyPsu = LonelyPsuPolicy.Fail, IReadOnlyDictionary<int, double>? populationPsusByStratum = null, double level = 0.95)
    {
        var n = weights?.Length ?? clusters?.Length ?? strata?.Length
            ?? throw new ArgumentException("Give at least one of weights, clusters or strata (they define the number of rows).", nameof(weights));
        CheckLength(clusters?.Length, n, nameof(clusters));
        CheckLength(strata?.Length, n, nameof(strata));
        return Build(weights, clusters, strata, null, null, lonelyPsu, populationPsusByStratum, level, null, "weights");
    }

    /// <summary>
    /// Builds the design from a dataset's roles: clusters = <see cref="DatasetRoles.Municipality"/>, strata =
    /// <see cref="DatasetRoles.SizeGroup"/>, weights = <see cref="DatasetRoles.Weight"/> (all 1 when the column is absent
    /// or <see cref="SurveyDesignOptions.UseWeights"/> is false). Usage: <c>SurveyDesign.FromDataset(data, new() { LonelyPsu = LonelyPsuPolicy.Adjust })</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A design column is missing where it is required, has an empty cell, or a weight is invalid; the message names the column, row and value.</exception>
    public static SurveyDesign FromDataset(SurveyDataset dataset, SurveyDesignOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new SurveyDesignOptions();
        var roles = dataset.Roles;
        int[]? clusters = null, strata = null;
        string[]? clusterNames = null, strataNames = null;
        double[]? weights = null;
        if (options.UseClusters)
        {
            var name = roles.Municipality ?? throw new ArgumentException("The dataset roles name no municipality (cluster) column; set UseClusters = false for an unclustered design.", nameof(dataset));
            (clusters, clusterNames) = ReadCodes(dataset, name);
        }

        if (options.UseStrata)
        {
            var name = roles.SizeGroup ?? throw new ArgumentException("The dataset roles name no size-group (stratum) column; set UseStrata = false for an unstratified design.", nameof(dataset));
            (strata, strataNames) = ReadCodes(dataset, name);
        }

        var weightName = roles.Weight;
        if (options.UseWeights && weightName is not null && dataset.HasColumn(weightName))
        {
            if (dataset[weightName] is not NumericColumn wc)
            {
                throw new ArgumentException($"Weight column '{weightName}' holds {dataset[weightName].Kind} values; weights must be numbers.", nameof(dataset));
            }

            weights = wc.Values.ToArray();
        }

        if (clusters is null && strata is null && weights is null)
        {
            // Simple random sample: one stratum of single-row PSUs, weights 1.
            return Build(null, null, new int[dataset.RowCount], null, null, options.LonelyPsu, options.PopulationPsusByStratum, options.ConfidenceLevel, dataset, weightName ?? "vekt");
        }

        return Build(weights, clusters, strata, clusterNames, strataNames, options.LonelyPsu, options.PopulationPsusByStratum, options.ConfidenceLevel, dataset, weightName ?? "vekt");
    }

    private static SurveyDesign Build(double[]? weights, int[]? clusters, int[]? strata, string[]? clusterNames, string[]? strataNames, LonelyPsuPolicy policy, IReadOnlyDictionary<int, double>? fpc, double level, SurveyDataset? dataset, string weightColumn)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");
        }

        if (!Enum.IsDefined(policy))
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown lonely-PSU policy.");
        }

        var n = weights?.Length ?? clusters?.Length ?? strata!.Length;
        double[] w;
        if (weights is null)
        {
            w = new double[n];
            Array.Fill(w, 1.0);
        }
        else
        {
            w = (double[])weights.Clone();
            for (var i = 0; i < n; i++)
            {
                var v = w[i];
                if (!(v >= 0) || double.IsInfinity(v))
                {
                    throw new ArgumentException($"Weight column '{weightColumn}', row {i + 1}: value {v.ToString(CultureInfo.InvariantCulture)} is not a finite weight ≥ 0 (missing weights are not allowed; give the row weight 0 to drop it from estimates).", nameof(weights));
                }
            }
        }

        int[] psuOfRow;
        int[] start;
        int[] stratumCodes;
        int[] psuFirstRowSorted;
        if (clusters is null)
        {
            // Every row is its own PSU: a counting sort of the rows by stratum, no hashing per row.
            var countByCode = new Dictionary<int, int>(); // counted run by run, so sorted data costs one lookup per run
            var last = int.MinValue;
            var lastCount = 0;
            for (var i = 0; i < n; i++)
            {
                var sc = strata?[i] ?? 0;
                if (sc != last || i == 0)
                {
                    if (i > 0)
                    {
                        countByCode[last] = countByCode.GetValueOrDefault(last) + lastCount;
                    }

                    last = sc;
                    lastCount = 0;
                }

                lastCount++;
            }

            if (n > 0)
            {
                countByCode[last] = countByCode.GetValueOrDefault(last) + lastCount;
            }

            stratumCodes = [.. countByCode.Keys.Order()];
            start = new int[stratumCodes.Length + 1];
            for (var h = 0; h < stratumCodes.Length; h++)
            {
                start[h + 1] = start[h] + countByCode[stratumCodes[h]];
            }

            psuOfRow = new int[n];
            psuFirstRowSorted = new int[n];
            var nextArr = new int[stratumCodes.Length];
            for (var h = 0; h < stratumCodes.Length; h++)
            {
                nextArr[h] = start[h];
            }

            var lastCode = int.MinValue;
            var lastH = -1;
            for (var i = 0; i < n; i++)
            {
                var sc = strata?[i] ?? 0;
                if (sc != lastCode || lastH < 0)
                {
                    lastH = Array.BinarySearch(stratumCodes, sc);
                    lastCode = sc;
                }

                var j = nextArr[lastH]++;
                psuOfRow[i] = j;
                psuFirstRowSorted[j] = i;
            }
        }
        else
        {
            // (stratum, cluster) → first-appearance PSU index; then renumbered so each stratum's PSUs are contiguous.
            psuOfRow = new int[n];
            var keyToPsu = new Dictionary<long, int>();
            var psuStratumCode = new List<int>();
            var psuFirstRow = new List<int>();
            var lastKeyPsu = -1;
            var lastKey = long.MinValue;
            for (var i = 0; i < n; i++)
            {
                var sc = strata?[i] ?? 0;
                var key = ((long)sc << 32) | (uint)clusters[i];
                int idx;
                if (key == lastKey)
                {
                    idx = lastKeyPsu;
                }
                else if (!keyToPsu.TryGetValue(key, out idx))
                {
                    idx = psuStratumCode.Count;
                    keyToPsu[key] = idx;
                    psuStratumCode.Add(sc);
                    psuFirstRow.Add(i);
                }

                lastKey = key;
                lastKeyPsu = idx;
                psuOfRow[i] = idx;
            }

            stratumCodes = [.. psuStratumCode.Distinct().Order()];
            var stratumIndex = new Dictionary<int, int>();
            for (var h = 0; h < stratumCodes.Length; h++)
            {
                stratumIndex[stratumCodes[h]] = h;
            }

            var p = psuStratumCode.Count;
            var order = Enumerable.Range(0, p).OrderBy(j => stratumIndex[psuStratumCode[j]]).ThenBy(j => j).ToArray();
            var newIndex = new int[p];
            psuFirstRowSorted = new int[p];
            for (var k = 0; k < p; k++)
            {
                newIndex[order[k]] = k;
                psuFirstRowSorted[k] = psuFirstRow[order[k]];
            }

            for (var i = 0; i < n; i++)
            {
                psuOfRow[i] = newIndex[psuOfRow[i]];
            }

            start = new int[stratumCodes.Length + 1];
            foreach (var sc in psuStratumCode)
            {
                start[stratumIndex[sc] + 1]++;
            }

            for (var h = 0; h < stratumCodes.Length; h++)
            {
                start[h + 1] += start[h];
            }
        }

        var stratumNames = new string[stratumCodes.Length];
        for (var h = 0; h < stratumCodes.Length; h++)
        {
            stratumNames[h] = strataNames?[psuFirstRowSorted[start[h]]] ?? stratumCodes[h].ToString(CultureInfo.InvariantCulture);
        }

        var f = new double[stratumCodes.Length];
        Array.Fill(f, 1.0);
        if (fpc is not null)
        {
            for (var h = 0; h < stratumCodes.Length; h++)
            {
                var sampled = start[h + 1] - start[h];
                if (!fpc.TryGetValue(stratumCodes[h], out var pop))
                {
                    throw new ArgumentException($"The FPC gives no population PSU count for stratum '{stratumNames[h]}' (code {stratumCodes[h].ToString(CultureInfo.InvariantCulture)}).", nameof(fpc));
                }

                if (!(pop >= sampled) || double.IsNaN(pop))
                {
                    throw new ArgumentException($"Stratum '{stratumNames[h]}': the FPC says {pop.ToString(CultureInfo.InvariantCulture)} PSUs in the population, but {sampled.ToString(CultureInfo.InvariantCulture)} were sampled.", nameof(fpc));
                }

                f[h] = double.IsPositiveInfinity(pop) ? 1 : (pop - sampled) / pop;
            }
        }

        return new SurveyDesign(w, psuOfRow, start, stratumNames, stratumCodes, (psuFirstRowSorted, clusters, clusterNames), f, policy, weights is not null, clusters is not null, strata is not null, fpc is not null, level, null, "", dataset);
    }

    private static void CheckLength(int? length, int expected, string name)
    {
        if (length is { } l && l != expected)
        {
            throw new ArgumentException($"'{name}' has {l.ToString(CultureInfo.InvariantCulture)} rows; the design has {expected.ToString(CultureInfo.InvariantCulture)}.", name);
        }
    }
}
