using MathNet.Numerics.LinearAlgebra;

namespace Analysenotater.Statistics.Reliability;

/// <summary>
/// One-factor minres of a small correlation matrix with psych's bounds on the uniquenesses, ψ ∈ [0.005, 1]: ψ
/// minimises the off-diagonal residual Σ_{i≠j} (r_ij − λ_iλ_j)², λ the leading eigenvector of R with 1 − ψ on the
/// diagonal times √eigenvalue (psych's <c>fa(fm = "minres")</c> objective, which psych minimises with L-BFGS-B). The
/// unbounded solution (<see cref="OneFactorMinres"/>) is used when it lies inside the bounds; otherwise (a Heywood
/// case: a loading of 1 or more) the bounded optimum is found by cyclic golden-section search over each ψ_i until no
/// ψ moves by more than 1e-12.
/// </summary>
internal static class BoundedOneFactorMinres
{
    private const double LowerPsi = 0.005;

    public static (double[] Loadings, bool AtBound) Loadings(double[] r, int k)
    {
        var (free, _, _) = OneFactorMinres.Loadings(r, k);
        if (free.All(l => 1 - l * l >= LowerPsi))
        {
            return (free, false);
        }

        var m = Matrix<double>.Build.Dense(k, k, (i, j) => r[i * k + j]);
        var psi = free.Select(l => Math.Clamp(1 - l * l, LowerPsi, 1)).ToArray();
        for (var sweep = 0; sweep < 10000; sweep++)
        {
            var moved = 0.0;
            for (var i = 0; i < k; i++)
            {
                var before = psi[i];
                psi[i] = GoldenSection(x =>
                {
                    var trial = (double[])psi.Clone();
                    trial[i] = x;
                    return Objective(m, trial, k);
                }, LowerPsi, 1);
                moved = Math.Max(moved, Math.Abs(psi[i] - before));
            }

            if (moved < 1e-12)
            {
                break;
            }
        }

        return (LoadingsAt(m, psi, k), true);
    }

    private static double Objective(Matrix<double> r, double[] psi, int k)
    {
        var l = LoadingsAt(r, psi, k);
        var f = 0.0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                if (i != j)
                {
                    var e = r[i, j] - l[i] * l[j];
                    f += e * e;
                }
            }
        }

        return f;
    }

    private static double[] LoadingsAt(Matrix<double> r, double[] psi, int k)
    {
        var s = r.Clone();
        for (var i = 0; i < k; i++)
        {
            s[i, i] = 1 - psi[i];
        }

        var evd = s.Evd(Symmetricity.Symmetric);
        var top = 0;
        for (var i = 1; i < k; i++)
        {
            if (evd.EigenValues[i].Real > evd.EigenValues[top].Real)
            {
                top = i;
            }
        }

        var scale = Math.Sqrt(Math.Max(evd.EigenValues[top].Real, 100 * double.Epsilon));
        var v = evd.EigenVectors.Column(top);
        var sign = v.Sum() < 0 ? -1 : 1;
        return [.. v.Select(x => sign * scale * x)];
    }

    /// <summary>The minimiser of f on [a, b] by golden-section search to an interval of 1e-14.</summary>
    private static double GoldenSection(Func<double, double> f, double a, double b)
    {
        var g = (Math.Sqrt(5) - 1) / 2;
        var c = b - g * (b - a);
        var d = a + g * (b - a);
        double fc = f(c), fd = f(d);
        while (b - a > 1e-14)
        {
            if (fc <= fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = f(c);
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = f(d);
            }
        }

        var mid = (a + b) / 2;
        var ends = new[] { (LowerPsi, f(LowerPsi)), (1.0, f(1.0)), (mid, f(mid)) };
        return ends.MinBy(e => e.Item2).Item1;
    }
}
