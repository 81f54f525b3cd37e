using Analysenotater.Statistics.Regression;

namespace Analysenotater.Statistics.Multilevel;

/// <summary>
/// Satterthwaite degrees of freedom for the fixed effects of a REML random-intercept model, as lmerTest's
/// <c>summary(lmer(...))</c>: df = 2 Var(c'β̂)² / (g' A g), where g is the gradient of Var(c'β̂) = c'(X'V⁻¹X)⁻¹c with
/// respect to the variance parameters (τ², σ²) and A the inverse of the observed REML information.
/// </summary>
/// <remarks>
/// Everything is computed from per-cluster sums, without n × n matrices. Within cluster g every matrix involved is
/// of the form aI + bJ (J = 11'), closed under products: (a₁I + b₁J)(a₂I + b₂J) = a₁a₂I + (a₁b₂ + b₁a₂ + n_g b₁b₂)J.
/// With V = σ²I + τ²ZZ', W = V⁻¹ = σ⁻²(I − c_g J), c_g = τ²/(σ² + n_g τ²), M = (X'WX)⁻¹, e = y − Xβ̂ and
/// P = W − WXMX'W (so Py = We), the observed information for variance parameters i, j with V_i ∈ {J, I} is
/// e'W V_i P V_j We − ½ tr(P V_i P V_j), where tr(P A P B) = tr(WAWB) − 2 tr(M X'WAWBWX) + tr(M D_A M D_B) with
/// D_A = X'WAWX, and e'WAPBWe = e'WAWBWe − (e'WAWX) M (X'WBWe). The gradient is ∂M/∂θ_i = M D_i M.
/// lmerTest differentiates numerically on the SD scale; at the REML optimum the df do not depend on the
/// parametrisation. Needs τ² &gt; 0 (at the boundary the information is singular; the df are then NaN).
/// </remarks>
internal static class SatterthwaiteRandomIntercept
{
    /// <param name="ztz">Z'Z of the (centred) design.</param>
    /// <param name="zte">Z'e with e the GLS residuals.</param>
    /// <param name="ete">e'e.</param>
    /// <param name="sizes">n_g.</param>
    /// <param name="colSums">Column sums of Z per cluster.</param>
    /// <param name="eSums">Σe per cluster.</param>
    /// <param name="m">(Z'WZ)⁻¹, p × p.</param>
    /// <param name="tau2">τ², the REML between-cluster variance.</param>
    /// <param name="sigma2">σ², the REML residual variance.</param>
    /// <param name="transform">T with β = Tθ (p × p); the df are for the rows of T.</param>
    /// <param name="p">The number of coefficients.</param>
    public static double[] Df(double[] ztz, double[] zte, double ete, int[] sizes, double[][] colSums, double[] eSums, double[] m, double tau2, double sigma2, double[] transform, int p)
    {
        var df = new double[p];
        if (!(tau2 > 0))
        {
            Array.Fill(df, double.NaN);
            return df;
        }

        var groups = sizes.Length;
        var c = new double[groups];
        for (var g = 0; g < groups; g++)
        {
            c[g] = tau2 / (sigma2 + (sizes[g] * tau2));
        }

        // Elements aI + b_gJ per cluster: a is shared by all clusters, b differs.
        (double A, double[] B) W() => (1 / sigma2, [.. c.Select(x => -x / sigma2)]);
        (double A, double[] B) Mul((double A, double[] B) x, (double A, double[] B) y)
        {
            var b = new double[groups];
            for (var g = 0; g < groups; g++)
            {
                b[g] = (x.A * y.B[g]) + (x.B[g] * y.A) + (sizes[g] * x.B[g] * y.B[g]);
            }

            return (x.A * y.A, b);
        }

        (double A, double[] B) J0 = (0, Enumerable.Repeat(1.0, groups).ToArray());
        var w = W();
        var v = new[] { J0, (1.0, new double[groups]) }; // V_τ² = J, V_σ² = I

        double[] Quad((double A, double[] B) x)
        {
            var r = new double[p * p];
            for (var k = 0; k < p * p; k++)
            {
                r[k] = x.A * ztz[k];
            }

            for (var g = 0; g < groups; g++)
            {
                RobustCovariance.AddOuter(r, colSums[g], colSums[g], p, x.B[g]);
            }

            return r;
        }

        double[] Cross((double A, double[] B) x)
        {
            var r = new double[p];
            for (var a = 0; a < p; a++)
            {
                r[a] = x.A * zte[a];
            }

            for (var g = 0; g < groups; g++)
            {
                for (var a = 0; a < p; a++)
                {
                    r[a] += x.B[g] * colSums[g][a] * eSums[g];
                }
            }

            return r;
        }

        double Scalar((double A, double[] B) x)
        {
            var s = x.A * ete;
            for (var g = 0; g < groups; g++)
            {
                s += x.B[g] * eSums[g] * eSums[g];
            }

            return s;
        }

        double Trace((double A, double[] B) x)
        {
            var t = 0.0;
            for (var g = 0; g < groups; g++)
            {
                t += sizes[g] * (x.A + x.B[g]);
            }

            return t;
        }

        var wvw = new (double A, double[] B)[2];
        var d = new double[2][];
        for (var i = 0; i < 2; i++)
        {
            wvw[i] = Mul(Mul(w, v[i]), w);
            d[i] = Quad(wvw[i]);
        }

        var info = new double[4];
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                var wAwBw = Mul(Mul(wvw[i], v[j]), w);
                var trPAPB = Trace(Mul(Mul(Mul(w, v[i]), w), v[j])) - (2 * TraceProduct(m, Quad(wAwBw), p)) + TraceProduct(SmallMatrix.Multiply(m, d[i], p), SmallMatrix.Multiply(m, d[j], p), p);
                var left = Cross(wvw[i]);
                var right = Cross(wvw[j]);
                var uPu = Scalar(wAwBw) - SmallMatrix.Quadratic(left, m, p, right);
                info[i * 2 + j] = uPu - (0.5 * trPAPB);
            }
        }

        var det = (info[0] * info[3]) - (info[1] * info[2]);
        var inv = new[] { info[3] / det, -info[1] / det, -info[2] / det, info[0] / det };
        var grads = new double[2][];
        for (var i = 0; i < 2; i++)
        {
            grads[i] = SmallMatrix.Sandwich(transform, SmallMatrix.Multiply(SmallMatrix.Multiply(m, d[i], p), m, p), p);
        }

        var vOriginal = SmallMatrix.Sandwich(transform, m, p);
        for (var k = 0; k < p; k++)
        {
            var g0 = grads[0][k * p + k];
            var g1 = grads[1][k * p + k];
            var gag = (g0 * g0 * inv[0]) + (2 * g0 * g1 * inv[1]) + (g1 * g1 * inv[3]);
            var var = vOriginal[k * p + k];
            df[k] = 2 * var * var / gag;
        }

        return df;
    }

    /// <summary>tr(AB) for p × p matrices.</summary>
    private static double TraceProduct(double[] a, double[] b, int p)
    {
        var t = 0.0;
        for (var i = 0; i < p; i++)
        {
            for (var k = 0; k < p; k++)
            {
                t += a[i * p + k] * b[k * p + i];
            }
        }

        return t;
    }
}
