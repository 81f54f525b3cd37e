namespace Analysenotater.Reproduction;

/// <summary>
/// Small statistics used by the reproduction report and the generator's calibration: Cronbach's alpha and OLS with
/// standardized coefficients. Written here because the statistics engineers' library is not on main yet; the
/// formulas are the textbook ones (alpha = k/(k−1)·(1 − Σ item variances / variance of the sum), sample variances;
/// betas = b·sd(x)/sd(y) from the normal equations solved by Gaussian elimination with partial pivoting).
/// </summary>
internal static class InternalStatistics
{
    /// <summary>Cronbach's alpha of the complete item rows (each row holds the k item values). NaN when fewer than 2 rows.</summary>
    public static double CronbachAlpha(IReadOnlyList<double[]> rows)
    {
        if (rows.Count < 2)
        {
            return double.NaN;
        }

        var k = rows[0].Length;
        var itemVar = 0.0;
        for (var j = 0; j < k; j++)
        {
            itemVar += Variance(rows.Select(r => r[j]));
        }

        var totalVar = Variance(rows.Select(r => r.Sum()));
        return k / (k - 1.0) * (1 - itemVar / totalVar);
    }

    public static double Variance(IEnumerable<double> values)
    {
        var n = 0;
        var mean = 0.0;
        var m2 = 0.0;
        foreach (var x in values)
        {
            n++;
            var d = x - mean;
            mean += d / n;
            m2 += d * (x - mean);
        }

        return n < 2 ? double.NaN : m2 / (n - 1);
    }

    /// <summary>OLS of y on the columns of x with an intercept. Returns standardized betas (per column) and adjusted R².</summary>
    public static (double[] Betas, double AdjustedRSquared, int N) StandardizedOls(IReadOnlyList<double> y, IReadOnlyList<double[]> x)
    {
        var n = y.Count;
        var p = x.Count == 0 ? 0 : x[0].Length;
        var dim = p + 1;
        var xtx = new double[dim, dim];
        var xty = new double[dim];
        for (var i = 0; i < n; i++)
        {
            for (var a = 0; a < dim; a++)
            {
                var xa = a == 0 ? 1.0 : x[i][a - 1];
                xty[a] += xa * y[i];
                for (var b = 0; b < dim; b++)
                {
                    xtx[a, b] += xa * (b == 0 ? 1.0 : x[i][b - 1]);
                }
            }
        }

        var coef = Solve(xtx, xty);
        var meanY = y.Average();
        double sse = 0, sst = 0;
        for (var i = 0; i < n; i++)
        {
            var fit = coef[0];
            for (var j = 0; j < p; j++)
            {
                fit += coef[j + 1] * x[i][j];
            }

            sse += (y[i] - fit) * (y[i] - fit);
            sst += (y[i] - meanY) * (y[i] - meanY);
        }

        var r2 = 1 - sse / sst;
        var adj = 1 - (1 - r2) * (n - 1) / (n - p - 1);
        var sdY = Math.Sqrt(Variance(y));
        var betas = new double[p];
        for (var j = 0; j < p; j++)
        {
            var jj = j;
            betas[j] = coef[j + 1] * Math.Sqrt(Variance(x.Select(r => r[jj]))) / sdY;
        }

        return (betas, adj, n);
    }

    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var piv = c;
            for (var r = c + 1; r < n; r++)
            {
                if (Math.Abs(m[r, c]) > Math.Abs(m[piv, c]))
                {
                    piv = r;
                }
            }

            if (piv != c)
            {
                for (var k = 0; k < n; k++)
                {
                    (m[c, k], m[piv, k]) = (m[piv, k], m[c, k]);
                }

                (v[c], v[piv]) = (v[piv], v[c]);
            }

            for (var r = c + 1; r < n; r++)
            {
                var f = m[r, c] / m[c, c];
                for (var k = c; k < n; k++)
                {
                    m[r, k] -= f * m[c, k];
                }

                v[r] -= f * v[c];
            }
        }

        var xs = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var s = v[r];
            for (var k = r + 1; k < n; k++)
            {
                s -= m[r, k] * xs[k];
            }

            xs[r] = s / m[r, r];
        }

        return xs;
    }
}
