using Analysenotater.Statistics.Distributions;

namespace Analysenotater.Statistics.Regression;

/// <summary>
/// The CR2 Wald test with the Hotelling T² approximation and estimated df («HTZ», Pustejovsky and Tipton 2018), as
/// <c>clubSandwich::Wald_test(test = "HTZ")</c> for an unweighted lm (working model Φ = I).
/// </summary>
/// <remarks>
/// For the q constraint rows c_s (in the centred parametrisation θ) let a_s = M c_s (M = (Z'Z)⁻¹),
/// w_gs = A_g Z_g a_s with the CR2 adjustment A_g = (I − H_gg)^(−1/2), v_gs = Z_g'w_gs. Then
/// P_st(g, h) = w_gs'(I − H)_gh w_ht = δ_gh w_gs'w_gt − v_gs'M v_ht (q × q for every pair of clusters),
/// Ω = Σ_g P(g, g), B(g, h) = Ω^(−1/2) P(g, h) Ω^(−1/2) and the total variance Σ_{g,h} [tr(B(g,h)²) + tr(B(g,h))²];
/// ν = q(q + 1)/total, F = (ν − q + 1)/(ν q) · Q on (q, ν − q + 1) df. The p × p blocks of each cluster come from
/// the same eigen-decomposition as the CR2 covariance (see RobustCovariance), so no n_g × n_g matrix is formed.
/// Cost O(G² q² p).
/// </remarks>
internal static class ClusterWaldTests
{
    public static WaldTestResult Htz(LeastSquares ls, ClusterSums sums, int[] indices, double[] beta, double[] v2, string[] names, string clusterName)
    {
        var p = ls.P;
        var q = indices.Length;
        var m = ls.Bread;
        var s = SmallMatrix.SymmetricFunction(m, p, l => Math.Sqrt(Math.Max(l, 0)));
        var transform = ls.Transform();
        var a = new double[q][];
        for (var r = 0; r < q; r++)
        {
            var c = new double[p];
            for (var k = 0; k < p; k++)
            {
                c[k] = transform[indices[r] * p + k];
            }

            a[r] = SmallMatrix.Times(m, p, c);
        }

        var clusters = sums.Count;
        var vs = new double[clusters][][]; // v_gs, p-vectors
        var ws = new double[clusters][]; // w_gs'w_gt, q × q
        for (var g = 0; g < clusters; g++)
        {
            var gg = sums.CrossProducts[g];
            var bg = SmallMatrix.Multiply(SmallMatrix.Multiply(s, gg, p), s, p);
            SmallMatrix.Symmetrise(bg, p);
            var (lambda, qv) = SmallMatrix.SymmetricEigen(bg, p);
            var d = new double[p];
            var d2 = new double[p];
            for (var k = 0; k < p; k++)
            {
                var l = Math.Clamp(lambda[k], 0, 1);
                if (l < 1e-12)
                {
                    (d[k], d2[k]) = (0.5, 1);
                }
                else if (l > 1 - 1e-10)
                {
                    (d[k], d2[k]) = (-1 / l, -1 / l);
                }
                else
                {
                    (d[k], d2[k]) = ((1 / Math.Sqrt(1 - l) - 1) / l, 1 / (1 - l));
                }
            }

            vs[g] = new double[q][];
            var qts = new double[q][];
            var gas = new double[q][];
            for (var r = 0; r < q; r++)
            {
                var ga = SmallMatrix.Times(gg, p, a[r]);
                gas[r] = ga;
                var sga = SmallMatrix.Times(s, p, ga);
                var qt = SmallMatrix.TransposeTimes(qv, p, sga);
                qts[r] = qt;
                var scaled = new double[p];
                for (var k = 0; k < p; k++)
                {
                    scaled[k] = d[k] * qt[k];
                }

                var gsb = SmallMatrix.Times(gg, p, SmallMatrix.Times(s, p, SmallMatrix.Times(qv, p, scaled)));
                var vg = new double[p];
                for (var k = 0; k < p; k++)
                {
                    vg[k] = ga[k] + gsb[k];
                }

                vs[g][r] = vg;
            }

            ws[g] = new double[q * q];
            for (var r = 0; r < q; r++)
            {
                for (var t = 0; t < q; t++)
                {
                    var val = SmallMatrix.Dot(a[r], gas[t]);
                    for (var k = 0; k < p; k++)
                    {
                        val += d2[k] * qts[r][k] * qts[t][k];
                    }

                    ws[g][r * q + t] = val;
                }
            }
        }

        // Ω = Σ_g P(g, g) and its inverse square root.
        var omega = new double[q * q];
        for (var g = 0; g < clusters; g++)
        {
            for (var r = 0; r < q; r++)
            {
                for (var t = 0; t < q; t++)
                {
                    omega[r * q + t] += ws[g][r * q + t] - SmallMatrix.Quadratic(vs[g][r], m, p, vs[g][t]);
                }
            }
        }

        SmallMatrix.Symmetrise(omega, q);
        var root = SmallMatrix.SymmetricFunction(omega, q, x => x > 0 ? 1 / Math.Sqrt(x) : 0);

        // U_g = M^(1/2) V_g Ω^(−1/2) (p × q) and W̃_g = Ω^(−1/2) W_g Ω^(−1/2); B(g, h) = δ W̃_g − U_g'U_h.
        var u = new double[clusters][];
        var wt = new double[clusters][];
        for (var g = 0; g < clusters; g++)
        {
            var mv = new double[q][];
            for (var r = 0; r < q; r++)
            {
                mv[r] = SmallMatrix.Times(s, p, vs[g][r]);
            }

            u[g] = new double[p * q];
            for (var k = 0; k < p; k++)
            {
                for (var t = 0; t < q; t++)
                {
                    var sum = 0.0;
                    for (var r = 0; r < q; r++)
                    {
                        sum += mv[r][k] * root[r * q + t];
                    }

                    u[g][k * q + t] = sum;
                }
            }

            wt[g] = SmallMatrix.Sandwich(root, ws[g], q);
        }

        var total = 0.0;
        var b = new double[q * q];
        for (var g = 0; g < clusters; g++)
        {
            for (var h = 0; h < clusters; h++)
            {
                for (var r = 0; r < q; r++)
                {
                    for (var t = 0; t < q; t++)
                    {
                        var sum = g == h ? wt[g][r * q + t] : 0.0;
                        for (var k = 0; k < p; k++)
                        {
                            sum -= u[g][k * q + r] * u[h][k * q + t];
                        }

                        b[r * q + t] = sum;
                    }
                }

                var tr = 0.0;
                var tr2 = 0.0;
                for (var r = 0; r < q; r++)
                {
                    tr += b[r * q + r];
                    for (var t = 0; t < q; t++)
                    {
                        tr2 += b[r * q + t] * b[t * q + r];
                    }
                }

                total += tr2 + (tr * tr);
            }
        }

        // Q = (Cβ)'(C V C')⁻¹ (Cβ) with the CR2 covariance of the original coefficients.
        var cb = new double[q];
        var cvc = new double[q * q];
        for (var r = 0; r < q; r++)
        {
            cb[r] = beta[indices[r]];
            for (var t = 0; t < q; t++)
            {
                cvc[r * q + t] = v2[indices[r] * p + indices[t]];
            }
        }

        var chol = SmallMatrix.Cholesky(cvc, q, 1e-12, out _) ?? throw new ArgumentException($"The CR2 covariance of {string.Join(", ", names)} is singular; the joint test is undefined (a coefficient is not identified within clusters).");
        var sol = SmallMatrix.CholeskySolve(chol, q, cb);
        var wald = SmallMatrix.Dot(cb, sol);
        var nu = q * (q + 1.0) / total;
        var df2 = nu - q + 1;
        var f = Math.Max((nu - q + 1) / nu, 0) * wald / q;
        var pValue = df2 > 0 ? Probability.FUpper(f, q, df2) : double.NaN;
        var notes = new List<string>
        {
            $"Klyngerobust Wald-test med CR2 og Hotelling T²-tilnærming med estimerte frihetsgrader (HTZ, Pustejovsky og Tipton 2018) over {clusters} klynger ({clusterName}), som R clubSandwich::Wald_test(vcov = \"CR2\", test = \"HTZ\").",
        };
        return new WaldTestResult(string.Join(" = ", names) + " = 0", "CR2, HTZ", wald, f, q, df2, pValue, notes);
    }
}
