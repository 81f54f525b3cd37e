using MathNet.Numerics.LinearAlgebra;

namespace Analysenotater.Statistics.Reliability;

/// <summary>
/// Factor rotations as R computes them: varimax as <c>stats::varimax</c> (Kaiser-normalised, stopping when the
/// criterion grows by less than a relative 1e-5) and direct oblimin (γ = 0, quartimin) by the gradient projection
/// algorithm of GPArotation's <c>GPFoblq</c> (Bernaards and Jennrich 2005) with its criterion Q(Λ) = ¼ Σ Λ² ∘ (Λ² N),
/// N = 1 − I, its gradient Λ ∘ (Λ² N), its step-halving line search and its stopping rule ‖projected gradient‖ &lt; eps.
/// </summary>
internal static class FactorRotation
{
    /// <summary>stats::varimax(x, normalize = TRUE, eps = 1e-5).</summary>
    public static Matrix<double> Varimax(Matrix<double> x, double eps = 1e-5)
    {
        var p = x.RowCount;
        var nc = x.ColumnCount;
        if (nc < 2)
        {
            return x.Clone();
        }

        var sc = new double[p];
        var xn = x.Clone();
        for (var i = 0; i < p; i++)
        {
            sc[i] = Math.Sqrt(x.Row(i).Sum(v => v * v));
            for (var j = 0; j < nc; j++)
            {
                xn[i, j] = sc[i] > 0 ? x[i, j] / sc[i] : 0;
            }
        }

        var tt = Matrix<double>.Build.DenseIdentity(nc);
        var d = 0.0;
        for (var iter = 0; iter < 1000; iter++)
        {
            var z = xn * tt;
            var colSq = new double[nc];
            for (var j = 0; j < nc; j++)
            {
                colSq[j] = z.Column(j).Sum(v => v * v) / p;
            }

            var inner = Matrix<double>.Build.Dense(p, nc, (i, j) => z[i, j] * z[i, j] * z[i, j] - z[i, j] * colSq[j]);
            var b = xn.TransposeThisAndMultiply(inner);
            var svd = b.Svd(true);
            tt = svd.U * svd.VT;
            var dpast = d;
            d = svd.S.Sum();
            if (d < dpast * (1 + eps))
            {
                break;
            }
        }

        var result = xn * tt;
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < nc; j++)
            {
                result[i, j] *= sc[i];
            }
        }

        return result;
    }

    /// <summary>The result of an oblique rotation: pattern loadings L = A (T')⁻¹, factor correlations Φ = T'T.</summary>
    public readonly record struct Oblique(Matrix<double> Loadings, Matrix<double> Phi, int Iterations, bool Converged);

    /// <summary>GPArotation::oblimin(A, gam = 0, normalize = FALSE, eps, maxit) from T = I.</summary>
    public static Oblique Oblimin(Matrix<double> a, double eps = 1e-5, int maxIterations = 1000)
    {
        var m = a.ColumnCount;
        var tmat = Matrix<double>.Build.DenseIdentity(m);
        var al = 1.0;
        var l = a * tmat.Inverse().Transpose();
        var (f, gq) = Quartimin(l);
        var g = -(l.TransposeThisAndMultiply(gq) * tmat.Inverse()).Transpose();
        var iter = 0;
        var s = double.PositiveInfinity;
        for (; iter <= maxIterations; iter++)
        {
            var gp = g.Clone();
            for (var j = 0; j < m; j++)
            {
                var dot = tmat.Column(j).DotProduct(g.Column(j));
                for (var i = 0; i < m; i++)
                {
                    gp[i, j] -= tmat[i, j] * dot;
                }
            }

            s = gp.FrobeniusNorm();
            if (s < eps)
            {
                break;
            }

            al *= 2;
            Matrix<double> tt = tmat;
            Matrix<double> lt = l;
            double ft = f;
            Matrix<double> gqt = gq;
            for (var i = 0; i <= 10; i++)
            {
                var x = tmat - al * gp;
                tt = x.Clone();
                for (var j = 0; j < m; j++)
                {
                    var norm = x.Column(j).L2Norm();
                    for (var k = 0; k < m; k++)
                    {
                        tt[k, j] = x[k, j] / norm;
                    }
                }

                lt = a * tt.Inverse().Transpose();
                (ft, gqt) = Quartimin(lt);
                if (f - ft > 0.5 * s * s * al)
                {
                    break;
                }

                al /= 2;
            }

            tmat = tt;
            f = ft;
            l = lt;
            gq = gqt;
            g = -(l.TransposeThisAndMultiply(gq) * tmat.Inverse()).Transpose();
        }

        return new Oblique(l, tmat.TransposeThisAndMultiply(tmat), Math.Min(iter, maxIterations), s < eps);
    }

    /// <summary>vgQ.oblimin with γ = 0: f = Σ L² ∘ X / 4 and gradient L ∘ X with X = L² (1 − I).</summary>
    private static (double F, Matrix<double> Gradient) Quartimin(Matrix<double> l)
    {
        var p = l.RowCount;
        var m = l.ColumnCount;
        var gq = Matrix<double>.Build.Dense(p, m);
        var f = 0.0;
        for (var i = 0; i < p; i++)
        {
            var total = 0.0;
            for (var j = 0; j < m; j++)
            {
                total += l[i, j] * l[i, j];
            }

            for (var j = 0; j < m; j++)
            {
                var x = total - l[i, j] * l[i, j];
                gq[i, j] = l[i, j] * x;
                f += l[i, j] * l[i, j] * x;
            }
        }

        return (f / 4, gq);
    }
}
