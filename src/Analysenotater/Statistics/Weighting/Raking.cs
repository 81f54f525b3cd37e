using System.Globalization;

namespace Analysenotater.Statistics.Weighting;

/// <summary>
/// Raking by iterative proportional fitting (R <c>survey::rake</c>): the margins are post-stratified in turn, sweep after
/// sweep, until every weighted margin total is within the tolerance of its population total.
/// Usage: <c>Raking.Rake(baseWeights, [sizeMargin, genderMargin])</c>.
/// </summary>
public static class Raking
{
    /// <summary>Rakes <paramref name="baseWeights"/> (null: all 1) to the margins.</summary>
    /// <exception cref="ArgumentException">No margins, lengths differ, a weight is invalid, a category lacks a target or sample weight, or the margins' population totals disagree (they cannot all be met); the message names the margin.</exception>
    /// <exception cref="RakingNotConvergedException">Not converged within <see cref="RakingOptions.MaxIterations"/> sweeps and <see cref="RakingOptions.ThrowIfNotConverged"/> is true.</exception>
    public static RakingResult Rake(double[]? baseWeights, IReadOnlyList<WeightMargin> margins, RakingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(margins);
        options ??= new RakingOptions();
        if (margins.Count == 0)
        {
            throw new ArgumentException("Raking needs at least one margin.", nameof(margins));
        }

        if (options.MaxIterations < 1 || !(options.Tolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxIterations must be ≥ 1 and Tolerance > 0.");
        }

        var n = margins[0].Codes.Count;
        foreach (var m in margins)
        {
            if (m.Codes.Count != n)
            {
                throw new ArgumentException($"Margin '{m.Name}' has {m.Codes.Count.ToString(CultureInfo.InvariantCulture)} rows; margin '{margins[0].Name}' has {n.ToString(CultureInfo.InvariantCulture)}.", nameof(margins));
            }
        }

        var w = WeightingInput.BaseWeights(baseWeights, n);
        var total = margins[0].Total;
        foreach (var m in margins)
        {
            WeightingInput.CheckMargin(m, w);
            if (Math.Abs(m.Total - total) > 1e-9 * Math.Max(1, total))
            {
                throw new ArgumentException($"The population totals disagree: margin '{m.Name}' sums to {m.Total.ToString(CultureInfo.InvariantCulture)} but '{margins[0].Name}' to {total.ToString(CultureInfo.InvariantCulture)}; raking cannot meet both.", nameof(margins));
            }
        }

        // Dense category index per row and margin.
        var index = new int[margins.Count][];
        var targets = new double[margins.Count][];
        var codesOf = new int[margins.Count][];
        for (var k = 0; k < margins.Count; k++)
        {
            var m = margins[k];
            codesOf[k] = [.. m.Targets.Keys];
            targets[k] = [.. m.Targets.Values];
            var map = new Dictionary<int, int>();
            for (var c = 0; c < codesOf[k].Length; c++)
            {
                map[codesOf[k][c]] = c;
            }

            index[k] = new int[n];
            for (var i = 0; i < n; i++)
            {
                index[k][i] = map[m.Codes[i]];
            }
        }

        var history = new List<double>();
        var converged = false;
        var iterations = 0;
        double maxErr = double.NaN;
        var worst = margins[0].Name;
        while (iterations < options.MaxIterations)
        {
            for (var k = 0; k < margins.Count; k++)
            {
                var sums = Sums(w, index[k], targets[k].Length);
                for (var i = 0; i < n; i++)
                {
                    var c = index[k][i];
                    if (sums[c] > 0)
                    {
                        w[i] *= targets[k][c] / sums[c];
                    }
                }
            }

            iterations++;
            (maxErr, worst) = MaxError(w, index, targets, margins);
            history.Add(maxErr);
            if (maxErr <= options.Tolerance * total)
            {
                converged = true;
                break;
            }
        }

        var report = new List<(string, string, double, double)>();
        for (var k = 0; k < margins.Count; k++)
        {
            var sums = Sums(w, index[k], targets[k].Length);
            for (var c = 0; c < sums.Length; c++)
            {
                report.Add((margins[k].Name, margins[k].LabelOf(codesOf[k][c]), sums[c], targets[k][c]));
            }
        }

        var result = new RakingResult(w, converged, iterations, maxErr, maxErr / total, options.Tolerance, worst, history, report);
        if (!converged && options.ThrowIfNotConverged)
        {
            throw new RakingNotConvergedException(result);
        }

        return result;
    }

    private static double[] Sums(double[] w, int[] idx, int categories)
    {
        var s = new double[categories];
        for (var i = 0; i < w.Length; i++)
        {
            s[idx[i]] += w[i];
        }

        return s;
    }

    private static (double Error, string Margin) MaxError(double[] w, int[][] index, double[][] targets, IReadOnlyList<WeightMargin> margins)
    {
        var max = 0.0;
        var worst = margins[0].Name;
        for (var k = 0; k < index.Length; k++)
        {
            var s = Sums(w, index[k], targets[k].Length);
            for (var c = 0; c < s.Length; c++)
            {
                var e = Math.Abs(s[c] - targets[k][c]);
                if (e > max)
                {
                    max = e;
                    worst = margins[k].Name;
                }
            }
        }

        return (max, worst);
    }
}
