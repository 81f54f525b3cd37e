using Analysenotater.Statistics.Regression;

namespace Analysenotater.Statistics.Reliability;

/// <summary>
/// One-factor maximum-likelihood loadings of a correlation matrix R (as R's <c>factanal(covmat = R, factors = 1)</c>
/// and <c>psych::fa(fm = "ml")</c>). The ML conditions (Jöreskog 1967) are Ψ = diag(R − λλ') and, given Ψ,
/// λ = Ψ^(1/2) v √(θ − 1) with θ, v the leading eigenpair of Ψ^(−1/2) R Ψ^(−1/2); they are iterated from the
/// minres solution to a change below 1e-13. Uniquenesses are kept ≥ 0.005 (factanal's lower bound); a bound that is
/// reached is reported as a Heywood case.
/// </summary>
internal static class OneFactorMaximumLikelihood
{
    private const double LowerUniqueness = 0.005;

    public static (double[] Loadings, int Iterations, bool Heywood, bool Converged) Loadings(double[] r, int k, double[] start)
    {
        var psi = new double[k];
        for (var j = 0; j < k; j++)
        {
            psi[j] = Math.Clamp(1 - (start[j] * start[j]), LowerUniqueness, 1);
        }

        var lambda = (double[])start.Clone();
        var converged = false;
        var it = 0;
        for (; it < 10000 && !converged; it++)
        {
            var m = new double[k * k];
            for (var a = 0; a < k; a++)
            {
                for (var b = 0; b < k; b++)
                {
                    m[a * k + b] = r[a * k + b] / Math.Sqrt(psi[a] * psi[b]);
                }
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

            var scale = Math.Sqrt(Math.Max(values[top] - 1, 0));
            var sign = 0.0;
            for (var j = 0; j < k; j++)
            {
                sign += vectors[j * k + top];
            }

            sign = sign < 0 ? -1 : 1;
            var change = 0.0;
            for (var j = 0; j < k; j++)
            {
                lambda[j] = sign * Math.Sqrt(psi[j]) * vectors[j * k + top] * scale;
                var next = Math.Clamp(1 - (lambda[j] * lambda[j]), LowerUniqueness, 1);
                change = Math.Max(change, Math.Abs(next - psi[j]));
                psi[j] = next;
            }

            converged = change < 1e-13;
        }

        return (lambda, it, psi.Any(v => v <= LowerUniqueness), converged);
    }
}
