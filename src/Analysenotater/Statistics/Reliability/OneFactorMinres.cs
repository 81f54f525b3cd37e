using Analysenotater.Statistics.Regression;

namespace Analysenotater.Statistics.Reliability;

/// <summary>
/// One-factor minres (unweighted least squares) loadings of a correlation matrix: λ minimises
/// Σ_{i≠j} (r_ij − λ_iλ_j)². Solved by iterated principal axes from squared multiple correlations: the minres
/// solution is the fixed point where λ is the leading eigenvector of R with λ_i² on the diagonal, scaled to
/// ‖λ‖² = the eigenvalue. Iterates to a change below 1e-14 (psych's fm = "minres" stops at optim's tolerance).
/// </summary>
internal static class OneFactorMinres
{
    public static (double[] Loadings, int Iterations, bool Heywood) Loadings(double[] r, int k)
    {
        var h = new double[k];
        var inv = SmallMatrix.Cholesky(r, k, 1e-12, out _) is { } l ? SmallMatrix.CholeskyInverse(l, k) : null;
        for (var j = 0; j < k; j++)
        {
            h[j] = inv is null ? 0.5 : Math.Clamp(1 - 1 / inv[j * k + j], 0.005, 1);
        }

        var lambda = new double[k];
        var it = 0;
        for (; it < 100000; it++)
        {
            var m = (double[])r.Clone();
            for (var j = 0; j < k; j++)
            {
                m[j * k + j] = h[j];
            }

            var (values, vectors) = SmallMatrix.SymmetricEigen(m, k);
            var top = 0;
            for (var j = 1; j < k; j++)
            {
                if (values[j] > values[top])
                {
                    top = j;
                }
            }

            var scale = Math.Sqrt(Math.Max(values[top], 0));
            var sign = 0.0;
            for (var j = 0; j < k; j++)
            {
                sign += vectors[j * k + top];
            }

            sign = sign < 0 ? -1 : 1;
            var change = 0.0;
            for (var j = 0; j < k; j++)
            {
                lambda[j] = sign * scale * vectors[j * k + top];
                var hn = lambda[j] * lambda[j];
                change = Math.Max(change, Math.Abs(hn - h[j]));
                h[j] = hn;
            }

            if (change < 1e-14)
            {
                break;
            }
        }

        return (lambda, it + 1, lambda.Any(x => Math.Abs(x) >= 1));
    }
}
