using System.Runtime.CompilerServices;

namespace Analysenotater.Statistics.Regression;

/// <summary>
/// Sandwich covariance matrices for an OLS fit, all in the centred parametrisation θ of <see cref="LeastSquares"/>.
/// </summary>
/// <remarks>
/// <para><b>CR2 without n_g × n_g matrices.</b> Let M = (Z'Z)⁻¹, S = M^(1/2) (symmetric), and for cluster g let
/// G_g = Z_g'Z_g and r_g = Z_g'e_g. The hat block is H_gg = Z_g M Z_g' = U U' with U = Z_g S, so its non-zero
/// eigenvalues are those of the p × p matrix B_g = U'U = S G_g S = Q Λ Q'. For any f with f(0) = 1,
/// f(U U') = I + U Q diag((f(λ) − 1)/λ) Q' U'. With f(λ) = (1 − λ)^(−1/2) (the CR2 adjustment A_g):
/// Z_g' A_g e_g = r_g + G_g S Q D Q' S r_g with D = diag(((1 − λ)^(−1/2) − 1)/λ), and the meat is the sum of the
/// outer products of these p-vectors. Cost: O(n p²) to accumulate G_g and r_g, then O(G p³).</para>
/// <para><b>Satterthwaite df.</b> For a contrast c (in θ), let a = M c, w_g = A_g Z_g a and q_g = (I − H)_{·g} w_g,
/// so that c'V c = Σ_g (q_g'ε)² under the working model ε ~ N(0, I). Then df = (Σ_g q_g'q_g)² / Σ_{g,h} (q_g'q_h)².
/// Writing v_g = Z_g'w_g = G_g a + G_g S Q D Q' S G_g a and ‖w_g‖² = a'G_g a + (S G_g a)' Q diag(1/(1 − λ)) Q' (S G_g a),
/// one gets q_g'q_h = δ_gh ‖w_g‖² − v_g' M v_h, hence
/// Σ_{g,h}(q_g'q_h)² = Σ_g [(‖w_g‖² − v_g'Mv_g)² − (v_g'Mv_g)²] + tr((M W)²) with W = Σ_g v_g v_g' — all p × p.
/// This is the df of clubSandwich's coef_test(test = "Satterthwaite") for an unweighted lm (working model Φ = I).</para>
/// </remarks>
internal static class RobustCovariance
{
    /// <summary>HC0–HC3 in θ, streaming over the complete rows (each row's centred design, residual and leverage
    /// are formed on the fly).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] HeteroskedasticityConsistent(LeastSquares ls, RobustVarianceType type)
    {
        int n = ls.N, p = ls.P;
        var meat = new double[p * p];
        var m = ls.Bread;
        Span<double> zi = stackalloc double[p];
        foreach (var row in ls.Frame.CompleteRows)
        {
            ls.CentredRow(row, zi);
            var e = ls.Residual(row, zi);
            var e2 = e * e;
            double omega = 1;
            if (type is RobustVarianceType.HC2 or RobustVarianceType.HC3)
            {
                var h = SmallMatrix.Quadratic(zi, m, p, zi);
                omega = type == RobustVarianceType.HC2 ? 1 / (1 - h) : 1 / ((1 - h) * (1 - h));
            }

            var wgt = e2 * omega;
            for (var a = 0; a < p; a++)
            {
                for (var b = 0; b < p; b++)
                {
                    meat[a * p + b] += wgt * zi[a] * zi[b];
                }
            }
        }

        var v = SmallMatrix.Sandwich(m, meat, p);
        if (type == RobustVarianceType.HC1)
        {
            Scale(v, (double)n / (n - p));
        }

        return v;
    }

    /// <summary>Per-cluster sums G_g = Z_g'Z_g and r_g = Z_g'e_g in one pass over the complete rows, clusters in
    /// first-appearance order (rows of a cluster need not be adjacent; adjacent rows skip the lookup).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ClusterSums ClusterSums(LeastSquares ls, ClusterSource clusters)
    {
        var p = ls.P;
        var index = new Dictionary<int, int>();
        var gs = new List<double[]>();
        var rs = new List<double[]>();
        Span<double> z = stackalloc double[p]; // row of the centred design, formed on the fly (no n × p copy)
        var caseIndex = 0;
        var lastId = 0;
        double[]? gm = null;
        double[]? r = null;
        foreach (var row in ls.Frame.CompleteRows)
        {
            var id = clusters.Id(row, caseIndex++);
            if (gm is null || id != lastId)
            {
                if (!index.TryGetValue(id, out var g))
                {
                    g = gs.Count;
                    index[id] = g;
                    gs.Add(new double[p * p]);
                    rs.Add(new double[p]);
                }

                gm = gs[g];
                r = rs[g];
                lastId = id;
            }

            ls.CentredRow(row, z);
            var e = ls.Residual(row, z);
            for (var a = 0; a < p; a++)
            {
                var za = z[a];
                r![a] += za * e;
                for (var b = 0; b <= a; b++)
                {
                    gm[a * p + b] += za * z[b];
                }
            }
        }

        foreach (var g in gs)
        {
            for (var a = 0; a < p; a++)
            {
                for (var b = 0; b < a; b++)
                {
                    g[b * p + a] = g[a * p + b];
                }
            }
        }

        return new ClusterSums([.. gs], [.. rs]);
    }

    /// <summary>Liang–Zeger meat with a small-sample factor: CR1 G/(G − 1), CR1S G/(G − 1)·(n − 1)/(n − p), CR1p G/(G − p).</summary>
    public static double[] Cr1(LeastSquares ls, ClusterSums sums, ClusterRobustType type = ClusterRobustType.CR1S)
    {
        int n = ls.N, p = ls.P;
        var meat = new double[p * p];
        foreach (var rg in sums.Scores)
        {
            AddOuter(meat, rg, rg, p, 1);
        }

        var v = SmallMatrix.Sandwich(ls.Bread, meat, p);
        var gCount = sums.Count;
        Scale(v, type switch
        {
            ClusterRobustType.CR1 => gCount / (gCount - 1.0),
            ClusterRobustType.CR1p => gCount / (double)(gCount - p),
            _ => gCount / (gCount - 1.0) * (n - 1.0) / (n - p),
        });
        return v;
    }

    /// <summary>CR2 covariance (θ) and the Satterthwaite df of each contrast (rows of <paramref name="contrasts"/>).</summary>
    public static double[] Cr2(LeastSquares ls, ClusterSums sums, double[][] contrasts, out double[] df, out int saturatedClusters)
    {
        var p = ls.P;
        var gs = sums.CrossProducts;
        var rs = sums.Scores;
        var clusterCount = sums.Count;
        var m = ls.Bread;
        var s = SmallMatrix.SymmetricFunction(m, p, l => Math.Sqrt(Math.Max(l, 0)));
        var meat = new double[p * p];
        var qs = new double[clusterCount][];
        var ds = new double[clusterCount][];
        var d2s = new double[clusterCount][];
        saturatedClusters = 0;
        for (var g = 0; g < clusterCount; g++)
        {
            var bg = SmallMatrix.Multiply(SmallMatrix.Multiply(s, gs[g], p), s, p);
            SmallMatrix.Symmetrise(bg, p);
            var (lambda, q) = SmallMatrix.SymmetricEigen(bg, p);
            var d = new double[p];
            var d2 = new double[p];
            for (var k = 0; k < p; k++)
            {
                var l = Math.Clamp(lambda[k], 0, 1);
                if (l < 1e-12)
                {
                    d[k] = 0.5; // limit of ((1 − λ)^(−1/2) − 1)/λ; the direction is absent from U anyway
                    d2[k] = 1;
                }
                else if (l > 1 - 1e-10)
                {
                    // I − H_gg singular: the pseudo-inverse square root drops the direction (as clubSandwich).
                    d[k] = -1 / l;
                    d2[k] = -1 / l;
                    saturatedClusters++;
                }
                else
                {
                    d[k] = (1 / Math.Sqrt(1 - l) - 1) / l;
                    d2[k] = 1 / (1 - l);
                }
            }

            qs[g] = q;
            ds[g] = d;
            d2s[g] = d2;
            var u = AdjustedScore(gs[g], s, q, d, rs[g], p);
            AddOuter(meat, u, u, p, 1);
        }

        var v = SmallMatrix.Sandwich(m, meat, p);
        df = new double[contrasts.Length];
        for (var c = 0; c < contrasts.Length; c++)
        {
            var a = SmallMatrix.Times(m, p, contrasts[c]);
            var w = new double[p * p];
            double sumE = 0, sumDiag = 0;
            for (var g = 0; g < clusterCount; g++)
            {
                var ga = SmallMatrix.Times(gs[g], p, a);
                var vg = AdjustedScore(gs[g], s, qs[g], ds[g], ga, p);
                var sga = SmallMatrix.Times(s, p, ga);
                var qt = SmallMatrix.TransposeTimes(qs[g], p, sga);
                var ww = SmallMatrix.Dot(a, ga);
                for (var k = 0; k < p; k++)
                {
                    ww += d2s[g][k] * qt[k] * qt[k];
                }

                var vmv = SmallMatrix.Quadratic(vg, m, p, vg);
                sumE += ww - vmv;
                sumDiag += (ww - vmv) * (ww - vmv) - vmv * vmv;
                AddOuter(w, vg, vg, p, 1);
            }

            var mw = SmallMatrix.Multiply(m, w, p);
            var tr = 0.0;
            for (var i = 0; i < p; i++)
            {
                for (var j = 0; j < p; j++)
                {
                    tr += mw[i * p + j] * mw[j * p + i];
                }
            }

            df[c] = sumE * sumE / (sumDiag + tr);
        }

        return v;
    }

    /// <summary>x + G S Q D Q' S x.</summary>
    private static double[] AdjustedScore(double[] g, double[] s, double[] q, double[] d, double[] x, int p)
    {
        var sx = SmallMatrix.Times(s, p, x);
        var qt = SmallMatrix.TransposeTimes(q, p, sx);
        for (var k = 0; k < p; k++)
        {
            qt[k] *= d[k];
        }

        var back = SmallMatrix.Times(q, p, qt);
        var sb = SmallMatrix.Times(s, p, back);
        var gsb = SmallMatrix.Times(g, p, sb);
        var u = new double[p];
        for (var k = 0; k < p; k++)
        {
            u[k] = x[k] + gsb[k];
        }

        return u;
    }

    internal static void AddOuter(double[] target, ReadOnlySpan<double> a, ReadOnlySpan<double> b, int p, double scale)
    {
        for (var i = 0; i < p; i++)
        {
            var ai = scale * a[i];
            for (var j = 0; j < p; j++)
            {
                target[i * p + j] += ai * b[j];
            }
        }
    }

    internal static void Scale(double[] v, double f)
    {
        for (var i = 0; i < v.Length; i++)
        {
            v[i] *= f;
        }
    }
}
