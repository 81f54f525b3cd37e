namespace Analysenotater.Statistics.Regression;

/// <summary>
/// (Weighted) least squares in a centred parametrisation. With Z = X A, where A is unit upper triangular
/// (z_0 = 1, z_j = x_j − m_j with m the (weighted) column means), Z'WZ is well conditioned; θ solves it and the
/// coefficients of X are β = A θ, with Var(β) = A Var(θ) A'. Hat values and cluster hat blocks do not depend on the
/// parametrisation, so robust variances are computed in θ and mapped back.
/// </summary>
internal sealed class LeastSquares
{
    private readonly ModelFrame _frame;
    private double[]? _z;

    private LeastSquares(ModelFrame frame, int n, int p, double[] crossProducts, double[] means, double[] theta, double[] residuals, double[] bread, double[] cholesky)
    {
        _frame = frame;
        N = n;
        P = p;
        CrossProducts = crossProducts;
        Means = means;
        Theta = theta;
        Residuals = residuals;
        Bread = bread;
        Cholesky = cholesky;
    }

    public int N { get; }

    public int P { get; }

    /// <summary>The centred design, row-major.</summary>
    /// <summary>The centred design matrix (n × p, row-major; column 0 is 1), built on first use.</summary>
    public double[] Z => _z ??= Centred(_frame.X, N, P, Means);

    /// <summary>Row i of Z into <paramref name="row"/> (length p), the same values as <see cref="Z"/> without building it.</summary>
    public void CentredRow(int i, Span<double> row)
    {
        var x = _frame.X.Slice(i * P, P);
        row[0] = 1;
        for (var j = 1; j < P; j++)
        {
            row[j] = x[j] - Means[j];
        }
    }

    /// <summary>Z'WZ (p × p, both triangles).</summary>
    public double[] CrossProducts { get; }

    public double[] Means { get; }

    public double[] Theta { get; }

    public double[] Residuals { get; }

    /// <summary>(Z'WZ)⁻¹.</summary>
    public double[] Bread { get; }

    public double[] Cholesky { get; }

    /// <summary>Fits y on the frame's X with optional weights per complete case.</summary>
    public static LeastSquares Fit(ModelFrame frame, double[]? weights)
    {
        frame.CheckEstimable();
        var n = frame.N;
        var p = frame.P;
        var x = frame.X;
        var y = frame.Y;
        var sw = 0.0;
        var means = new double[p];
        for (var i = 0; i < n; i++)
        {
            var w = weights?[i] ?? 1.0;
            sw += w;
            for (var j = 1; j < p; j++)
            {
                means[j] += w * x[i * p + j];
            }
        }

        if (!(sw > 0))
        {
            throw new ModelSpecificationException($"The weights of the {n} complete cases sum to zero.");
        }

        for (var j = 1; j < p; j++)
        {
            means[j] /= sw;
        }

        var ztz = new double[p * p];
        var zty = new double[p];
        var row = new double[p];
        for (var i = 0; i < n; i++)
        {
            var w = weights?[i] ?? 1.0;
            row[0] = 1;
            for (var j = 1; j < p; j++)
            {
                row[j] = x[i * p + j] - means[j];
            }

            for (var a = 0; a < p; a++)
            {
                var wa = w * row[a];
                zty[a] += wa * y[i];
                for (var b = 0; b <= a; b++)
                {
                    ztz[a * p + b] += wa * row[b];
                }
            }
        }

        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < a; b++)
            {
                ztz[b * p + a] = ztz[a * p + b];
            }
        }

        var l = CheckedCholesky(frame, ztz, p);
        var theta = SmallMatrix.CholeskySolve(l, p, zty);
        var e = new double[n];
        for (var i = 0; i < n; i++)
        {
            var fit = 0.0;
            fit += 1.0 * theta[0];
            for (var j = 1; j < p; j++)
            {
                fit += (x[i * p + j] - means[j]) * theta[j];
            }

            e[i] = y[i] - fit;
        }

        return new LeastSquares(frame, n, p, ztz, means, theta, e, SmallMatrix.CholeskyInverse(l, p), l);
    }

    private static double[] Centred(ReadOnlySpan<double> x, int n, int p, double[] means)
    {
        var z = new double[n * p];
        for (var i = 0; i < n; i++)
        {
            z[i * p] = 1;
            for (var j = 1; j < p; j++)
            {
                z[i * p + j] = x[i * p + j] - means[j];
            }
        }

        return z;
    }

    /// <summary>Cholesky of a cross-product matrix (constant first) with a collinearity check on the correlation scale.</summary>
    internal static double[] CheckedCholesky(ModelFrame frame, double[] ztz, int p)
    {
        // Correlation scaling of the predictor block: a pivot below 1e-10 means R² > 1 − 1e-10 on earlier predictors.
        var d = new double[p];
        for (var j = 0; j < p; j++)
        {
            d[j] = 1 / Math.Sqrt(ztz[j * p + j]);
        }

        var scaled = new double[p * p];
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < p; b++)
            {
                scaled[a * p + b] = ztz[a * p + b] * d[a] * d[b];
            }
        }

        var ls = SmallMatrix.Cholesky(scaled, p, 1e-10, out var failed);
        if (ls is null)
        {
            throw new ModelSpecificationException(CollinearityMessage(frame, scaled, p, failed));
        }

        var l = new double[p * p];
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                l[a * p + b] = ls[a * p + b] / d[a];
            }
        }

        return l;
    }

    private static string CollinearityMessage(ModelFrame frame, double[] scaled, int p, int failed)
    {
        // Regress column `failed` on the earlier ones (predictors only: the constant is centred out).
        var k = failed;
        var sub = new double[k * k];
        var rhs = new double[k];
        for (var a = 0; a < k; a++)
        {
            rhs[a] = scaled[a * p + k];
            for (var b = 0; b < k; b++)
            {
                sub[a * k + b] = scaled[a * p + b];
            }
        }

        var involved = new List<string>();
        var lsub = k > 0 ? SmallMatrix.Cholesky(sub, k, 1e-12, out _) : null;
        if (lsub is not null)
        {
            var c = SmallMatrix.CholeskySolve(lsub, k, rhs);
            for (var a = 1; a < k; a++)
            {
                if (Math.Abs(c[a]) > 1e-6)
                {
                    involved.Add("'" + frame.CoefficientNames[a] + "'");
                }
            }
        }

        var with = involved.Count > 0 ? " of " + string.Join(", ", involved) : " of earlier predictors";
        return $"Perfect collinearity: predictor '{frame.CoefficientNames[failed]}' is a linear combination{with} (and the constant) in the {frame.N} complete cases. Remove one of them from the model. (Detected when R² of the predictor on the earlier ones exceeds 1 − 1e-10.)";
    }

    /// <summary>The transformation A with β = A θ (row-major).</summary>
    public double[] Transform()
    {
        var a = new double[P * P];
        for (var j = 0; j < P; j++)
        {
            a[j * P + j] = 1;
        }

        for (var j = 1; j < P; j++)
        {
            a[j] = -Means[j];
        }

        return a;
    }

    /// <summary>β = A θ.</summary>
    public double[] Beta()
    {
        var b = (double[])Theta.Clone();
        for (var j = 1; j < P; j++)
        {
            b[0] -= Means[j] * Theta[j];
        }

        return b;
    }

    /// <summary>Var(β) from Var(θ).</summary>
    public double[] ToOriginal(double[] vTheta) => SmallMatrix.Sandwich(Transform(), vTheta, P);
}
