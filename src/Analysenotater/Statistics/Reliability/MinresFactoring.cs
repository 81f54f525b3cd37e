using MathNet.Numerics.LinearAlgebra;

namespace Analysenotater.Statistics.Reliability;

/// <summary>
/// Minres (unweighted least squares) factoring of a correlation matrix with m factors: the loadings Λ (p × m)
/// minimise Σ_{i≠j} (r_ij − (ΛΛ')_ij)², psych's <c>fa(fm = "minres")</c>. Solved at its fixed point: Λ holds the m
/// leading eigenvectors of R with the communalities h² = rowSums(Λ²) on the diagonal, scaled by the square roots of
/// their eigenvalues (iterated principal axes, accelerated by SQUAREM extrapolation and iterated until no
/// communality changes by more than 1e-13). Starts from the squared multiple correlations, as psych does.
/// </summary>
internal static class MinresFactoring
{
    public readonly record struct Solution(double[,] Loadings, double[] Communalities, int Iterations, bool Converged);

    public static Solution Fit(double[] r, int p, int factors, int maxIterations = 20000)
    {
        if (factors < 1 || factors >= p)
        {
            throw new ArgumentOutOfRangeException(nameof(factors), factors, $"Antall faktorer må være mellom 1 og {p - 1} for {p} spørsmål.");
        }

        var rm = Matrix<double>.Build.Dense(p, p, (i, j) => r[i * p + j]);
        var h = StartingCommunalities(rm, p);
        var it = 0;
        var converged = false;
        while (it < maxIterations)
        {
            // SQUAREM (Varadhan & Roland 2008, scheme S3) around the principal-axes map F: h -> rowSums(Λ(h)²).
            var h1 = Step(rm, h, p, factors);
            var h2 = Step(rm, h1, p, factors);
            it += 2;
            var rr = new double[p];
            var vv = new double[p];
            double rn = 0, vn = 0, change = 0;
            for (var j = 0; j < p; j++)
            {
                rr[j] = h1[j] - h[j];
                vv[j] = h2[j] - h1[j] - rr[j];
                rn += rr[j] * rr[j];
                vn += vv[j] * vv[j];
                change = Math.Max(change, Math.Abs(h2[j] - h1[j]));
            }

            if (change < 1e-13)
            {
                h = h2;
                converged = true;
                break;
            }

            var alpha = vn > 0 ? -Math.Sqrt(rn / vn) : -1;
            alpha = Math.Min(alpha, -1);
            var next = new double[p];
            var ok = true;
            for (var j = 0; j < p; j++)
            {
                next[j] = h[j] - 2 * alpha * rr[j] + alpha * alpha * vv[j];
                ok &= next[j] > 0 && next[j] < 1.5 && double.IsFinite(next[j]);
            }

            h = ok ? Step(rm, next, p, factors) : h2;
            it += ok ? 1 : 0;
        }

        var loadings = Loadings(rm, h, p, factors);
        var communalities = new double[p];
        for (var j = 0; j < p; j++)
        {
            for (var f = 0; f < factors; f++)
            {
                communalities[j] += loadings[j, f] * loadings[j, f];
            }
        }

        return new Solution(loadings, communalities, it, converged);
    }

    private static double[] StartingCommunalities(Matrix<double> r, int p)
    {
        var h = new double[p];
        try
        {
            var inv = r.Inverse();
            for (var j = 0; j < p; j++)
            {
                h[j] = Math.Clamp(1 - 1 / inv[j, j], 0.005, 1);
            }
        }
        catch (ArgumentException)
        {
            Array.Fill(h, 0.5);
        }

        return h.Any(x => !double.IsFinite(x)) ? [.. h.Select(_ => 0.5)] : h;
    }

    private static double[] Step(Matrix<double> r, double[] h, int p, int factors)
    {
        var l = Loadings(r, h, p, factors);
        var next = new double[p];
        for (var j = 0; j < p; j++)
        {
            for (var f = 0; f < factors; f++)
            {
                next[j] += l[j, f] * l[j, f];
            }
        }

        return next;
    }

    /// <summary>The m leading eigenvectors of R with h on the diagonal times √eigenvalue; each column's sum made ≥ 0.</summary>
    private static double[,] Loadings(Matrix<double> r, double[] h, int p, int factors)
    {
        var m = r.Clone();
        for (var j = 0; j < p; j++)
        {
            m[j, j] = h[j];
        }

        var evd = m.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(c => c.Real).ToArray();
        var order = Enumerable.Range(0, p).OrderByDescending(i => values[i]).ToArray();
        var l = new double[p, factors];
        for (var f = 0; f < factors; f++)
        {
            var col = order[f];
            var scale = Math.Sqrt(Math.Max(values[col], 100 * double.Epsilon));
            var sum = 0.0;
            for (var j = 0; j < p; j++)
            {
                sum += evd.EigenVectors[j, col];
            }

            var sign = sum < 0 ? -1 : 1;
            for (var j = 0; j < p; j++)
            {
                l[j, f] = sign * scale * evd.EigenVectors[j, col];
            }
        }

        return l;
    }
}
