using System.Globalization;
using Analysenotater.Statistics.Regression;

namespace Analysenotater.Statistics.Weighting;

/// <summary>
/// Calibration of weights to known population totals of auxiliary variables (Deville and Särndal 1992), as R survey's
/// <c>calibrate()</c> / <c>grake</c>: find λ so that Σ w_i g_i x_i = T with g_i = 1 + F(x_i'λ) for the chosen distance
/// (linear = GREG, raking, logit), clamped to the bounds [L, U]. Newton steps λ ← λ + T⁺ (T − Σ w g x) with
/// T = Σ w F'(x'λ) x x' (pseudo-inverse, as R's MASS::ginv), halving a step that gives non-finite g; stops when every
/// |target − achieved| / (1 + |target|) is below the tolerance. Margins become R's <c>model.matrix(~a + b)</c> columns:
/// an intercept (target: the population size) and one indicator per category other than each margin's lowest code.
/// </summary>
/// <remarks>Zero weights stay zero. Missing values: every row needs a category in every margin (see <see cref="WeightMargin"/>).</remarks>
public static class GregCalibration
{
    /// <summary>Calibrates to categorical margins (all with the same population total).</summary>
    /// <exception cref="ArgumentException">Lengths differ, the margins' totals differ, a sample category has no target, or the logit bounds are not finite around 1.</exception>
    /// <exception cref="InvalidOperationException">Not converged within the allowed steps; the message gives the largest misfit.</exception>
    public static CalibrationResult Calibrate(double[] weights, IReadOnlyList<WeightMargin> margins, CalibrationOptions? options = null)
    {
        var (names, columns, totals) = Auxiliaries(weights, margins);
        return Calibrate(weights, names, columns, totals, options);
    }

    /// <summary>
    /// Calibrates to totals of auxiliary columns (one value per row in each column; include a column of ones to fix the
    /// population size).
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, a value is not finite, or the logit bounds are not finite around 1.</exception>
    /// <exception cref="InvalidOperationException">Not converged within the allowed steps; the message gives the largest misfit.</exception>
    public static CalibrationResult Calibrate(double[] weights, IReadOnlyList<string> names, IReadOnlyList<double[]> columns, IReadOnlyList<double> totals, CalibrationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(totals);
        options ??= new CalibrationOptions();
        var p = columns.Count;
        var n = weights.Length;
        if (totals.Count != p || names.Count != p)
        {
            throw new ArgumentException($"{p} auxiliary columns, {names.Count} names and {totals.Count} totals: one name and one total per column.", nameof(totals));
        }

        for (var a = 0; a < p; a++)
        {
            if (columns[a].Length != n)
            {
                throw new ArgumentException($"Auxiliary '{names[a]}' has {columns[a].Length} values for {n} weights.", nameof(columns));
            }

            for (var i = 0; i < n; i++)
            {
                if (!double.IsFinite(columns[a][i]))
                {
                    throw new ArgumentException($"Auxiliary '{names[a]}', row {i + 1}: the value {columns[a][i].ToString(CultureInfo.InvariantCulture)} is not finite.", nameof(columns));
                }
            }
        }

        double lower = options.LowerBound, upper = options.UpperBound;
        if (options.Distance == CalibrationDistance.Logit && !(double.IsFinite(lower) && double.IsFinite(upper) && lower < 1 && upper > 1))
        {
            throw new ArgumentException($"Logit calibration needs finite bounds L < 1 < U (got [{lower.ToString(CultureInfo.InvariantCulture)}, {upper.ToString(CultureInfo.InvariantCulture)}]).", nameof(options));
        }

        var w = (double[])weights.Clone();
        var sampleTotal = new double[p];
        for (var a = 0; a < p; a++)
        {
            for (var i = 0; i < n; i++)
            {
                sampleTotal[a] += w[i] * columns[a][i];
            }
        }

        // R rescales the weights first when every population total is more than 20 times the sample total.
        var scale = 1.0;
        var ratios = Enumerable.Range(0, p).Select(a => totals[a] / sampleTotal[a]).ToArray();
        if (ratios.All(r => r > 20))
        {
            scale = ratios.Average();
            for (var i = 0; i < n; i++)
            {
                w[i] *= scale;
            }

            for (var a = 0; a < p; a++)
            {
                sampleTotal[a] *= scale;
            }
        }

        var eta = new double[p];
        var xeta = new double[n];
        var misfit = Misfit(w, columns, totals, sampleTotal, xeta, options.Distance, lower, upper);
        var iterations = 1;
        var converged = false;
        var x = new double[p];
        while (true)
        {
            var t = new double[p * p];
            for (var i = 0; i < n; i++)
            {
                var d = w[i] * Derivative(xeta[i], options.Distance, lower, upper);
                if (d == 0)
                {
                    continue;
                }

                for (var a = 0; a < p; a++)
                {
                    x[a] = columns[a][i];
                }

                RobustCovariance.AddOuter(t, x, x, p, d);
            }

            var step = SmallMatrix.Times(PseudoInverse(t, p), p, misfit);
            for (var a = 0; a < p; a++)
            {
                eta[a] += step[a];
            }

            Linear(columns, eta, xeta);
            for (var halving = 0; iterations < options.MaxIterations && !AllFinite(xeta, options.Distance, lower, upper) && halving < 60; halving++)
            {
                iterations++;
                for (var a = 0; a < p; a++)
                {
                    step[a] /= 2;
                    eta[a] -= step[a];
                }

                Linear(columns, eta, xeta);
            }

            misfit = Misfit(w, columns, totals, sampleTotal, xeta, options.Distance, lower, upper);
            if (Enumerable.Range(0, p).All(a => Math.Abs(misfit[a]) / (1 + Math.Abs(totals[a])) < options.Tolerance))
            {
                converged = true;
                break;
            }

            iterations++;
            if (iterations > options.MaxIterations)
            {
                break;
            }
        }

        var worst = Enumerable.Range(0, p).Max(a => Math.Abs(misfit[a]) / (1 + Math.Abs(totals[a])));
        if (!converged)
        {
            throw new InvalidOperationException($"Calibration ({options.Distance}) did not converge in {options.MaxIterations} steps: the largest relative misfit is {worst.ToString("G3", CultureInfo.InvariantCulture)}. Widen the bounds, check that the targets are attainable, or allow more steps.");
        }

        var g = new double[n];
        var result = new double[n];
        for (var i = 0; i < n; i++)
        {
            g[i] = (1 + Fm1(xeta[i], options.Distance, lower, upper)) * scale;
            result[i] = weights[i] * g[i];
            if (weights[i] == 0)
            {
                g[i] = 1;
            }
        }

        var achieved = new List<(string, double, double)>();
        for (var a = 0; a < p; a++)
        {
            var s = 0.0;
            for (var i = 0; i < n; i++)
            {
                s += result[i] * columns[a][i];
            }

            achieved.Add((names[a], s, totals[a]));
        }

        return new CalibrationResult(result, g, options, converged, iterations, worst, achieved);
    }

    /// <summary>The model-matrix columns, names and targets of categorical margins (intercept + indicators of every category but the lowest).</summary>
    internal static (string[] Names, double[][] Columns, double[] Totals) Auxiliaries(double[] weights, IReadOnlyList<WeightMargin> margins)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(margins);
        if (margins.Count == 0)
        {
            throw new ArgumentException("Give at least one margin.", nameof(margins));
        }

        var n = weights.Length;
        var total = margins[0].Total;
        var names = new List<string> { "(Konstant)" };
        var columns = new List<double[]> { Enumerable.Repeat(1.0, n).ToArray() };
        var totals = new List<double> { total };
        foreach (var m in margins)
        {
            if (m.Codes.Count != n)
            {
                throw new ArgumentException($"Margin '{m.Name}' has {m.Codes.Count} codes for {n} weights.", nameof(margins));
            }

            if (Math.Abs(m.Total - total) > 1e-9 * Math.Max(1, total))
            {
                throw new ArgumentException($"Margin '{m.Name}' sums to {m.Total.ToString(CultureInfo.InvariantCulture)}, margin '{margins[0].Name}' to {total.ToString(CultureInfo.InvariantCulture)}: calibration margins must describe the same population.", nameof(margins));
            }

            foreach (var code in m.Codes.Distinct())
            {
                if (!m.Targets.ContainsKey(code))
                {
                    throw new ArgumentException($"Margin '{m.Name}': category {code.ToString(CultureInfo.InvariantCulture)} occurs in the sample but has no population total.", nameof(margins));
                }
            }

            foreach (var code in m.Targets.Keys.Skip(1))
            {
                names.Add($"{m.Name}={m.LabelOf(code)}");
                columns.Add([.. m.Codes.Select(c => c == code ? 1.0 : 0.0)]);
                totals.Add(m.Targets[code]);
            }
        }

        return ([.. names], [.. columns], [.. totals]);
    }

    private static void Linear(IReadOnlyList<double[]> columns, double[] eta, double[] xeta)
    {
        Array.Clear(xeta);
        for (var a = 0; a < columns.Count; a++)
        {
            var col = columns[a];
            for (var i = 0; i < xeta.Length; i++)
            {
                xeta[i] += col[i] * eta[a];
            }
        }
    }

    private static double[] Misfit(double[] w, IReadOnlyList<double[]> columns, IReadOnlyList<double> totals, double[] sampleTotal, double[] xeta, CalibrationDistance distance, double lower, double upper)
    {
        var m = new double[columns.Count];
        for (var a = 0; a < m.Length; a++)
        {
            var s = 0.0;
            for (var i = 0; i < w.Length; i++)
            {
                s += w[i] * columns[a][i] * Fm1(xeta[i], distance, lower, upper);
            }

            m[a] = totals[a] - sampleTotal[a] - s;
        }

        return m;
    }

    private static bool AllFinite(double[] xeta, CalibrationDistance distance, double lower, double upper)
    {
        foreach (var u in xeta)
        {
            if (!double.IsFinite(Fm1(u, distance, lower, upper)) || !double.IsFinite(Derivative(u, distance, lower, upper)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>g − 1 as a function of u = x'λ (R's calfun$Fm1).</summary>
    private static double Fm1(double u, CalibrationDistance distance, double lower, double upper)
    {
        switch (distance)
        {
            case CalibrationDistance.Linear:
                return Math.Min(Math.Max(u + 1, lower), upper) - 1;
            case CalibrationDistance.Raking:
                return Math.Min(Math.Max(Math.Exp(u), lower), upper) - 1;
            default:
                var a = (upper - lower) / ((upper - 1) * (1 - lower));
                var e = Math.Exp(a * u);
                return ((lower * (upper - 1)) + (upper * (1 - lower) * e)) / (upper - 1 + ((1 - lower) * e)) - 1;
        }
    }

    /// <summary>dg/du (R's calfun$dF).</summary>
    private static double Derivative(double u, CalibrationDistance distance, double lower, double upper)
    {
        switch (distance)
        {
            case CalibrationDistance.Linear:
                return u < upper - 1 && u > lower - 1 ? 1 : 0;
            case CalibrationDistance.Raking:
                return u < upper - 1 && u > lower - 1 ? Math.Exp(u) : 0;
            default:
                var a = (upper - lower) / ((upper - 1) * (1 - lower));
                var e = Math.Exp(a * u);
                var den = upper - 1 + ((1 - lower) * e);
                return (upper * (1 - lower) * e * a / den) - (((lower * (upper - 1)) + (upper * (1 - lower) * e)) * ((1 - lower) * e * a) / (den * den));
        }
    }

    /// <summary>Moore–Penrose inverse of a symmetric matrix (eigenvalues below 256 ε · the largest dropped, as MASS::ginv(tol = 256 ε)).</summary>
    private static double[] PseudoInverse(double[] t, int p)
    {
        SmallMatrix.Symmetrise(t, p);
        var (values, vectors) = SmallMatrix.SymmetricEigen(t, p);
        var max = values.Max(Math.Abs);
        var inv = new double[p * p];
        for (var k = 0; k < p; k++)
        {
            if (Math.Abs(values[k]) <= 256 * 2.220446049250313e-16 * max)
            {
                continue;
            }

            for (var a = 0; a < p; a++)
            {
                for (var b = 0; b < p; b++)
                {
                    inv[a * p + b] += vectors[a * p + k] * vectors[b * p + k] / values[k];
                }
            }
        }

        return inv;
    }
}
