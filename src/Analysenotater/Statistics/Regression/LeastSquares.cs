using System.Runtime.CompilerServices;

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
    private double[]? _residuals;

    private LeastSquares(ModelFrame frame, double[] crossProducts, double[] means, double[] theta, double[] bread, double[] cholesky, double ssTotal, double ssResidual)
    {
        _frame = frame;
        N = frame.N;
        P = frame.P;
        CrossProducts = crossProducts;
        Means = means;
        Theta = theta;
        Bread = bread;
        Cholesky = cholesky;
        SsTotal = ssTotal;
        SsResidual = ssResidual;
    }

    public int N { get; }

    public int P { get; }

    /// <summary>The centred design matrix (n × p, row-major; column 0 is 1), built on first use.</summary>
    public double[] Z => _z ??= BuildZ();

    /// <summary>The residuals y − ŷ of the complete cases (in <see cref="ModelFrame.Rows"/> order), built on first use.</summary>
    public double[] Residuals => _residuals ??= BuildResiduals();

    /// <summary>Z'WZ (p × p, both triangles).</summary>
    public double[] CrossProducts { get; }

    public double[] Means { get; }

    public double[] Theta { get; }

    /// <summary>(Z'WZ)⁻¹.</summary>
    public double[] Bread { get; }

    public double[] Cholesky { get; }

    /// <summary>Σ(y − ȳ)² over the complete cases, unweighted (ȳ the unweighted mean).</summary>
    public double SsTotal { get; }

    /// <summary>Σ e² over the complete cases, unweighted.</summary>
    public double SsResidual { get; }

    /// <summary>The frame whose complete rows were fitted.</summary>
    public ModelFrame Frame => _frame;

    /// <summary>Row <paramref name="row"/> (an input row index) of Z into <paramref name="z"/> (length p).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CentredRow(int row, Span<double> z)
    {
        _frame.FillRow(row, z);
        for (var j = 1; j < P; j++)
        {
            z[j] -= Means[j];
        }
    }

    /// <summary>The residual of input row <paramref name="row"/> given its centred design row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Residual(int row, ReadOnlySpan<double> z)
    {
        var fit = 0.0;
        for (var j = 0; j < P; j++)
        {
            fit += z[j] * Theta[j];
        }

        return _frame.DependentAt(row) - fit;
    }

    /// <summary>Fits y on the frame's predictors with optional weights per complete case (in row order), in three
    /// streaming passes over the complete rows: (1) column means, ȳ and each column's range; (2) the centred
    /// cross-products Z'WZ, Z'Wy and Σ(y − ȳ)²; (3) Σ e². No n × p array is formed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LeastSquares Fit(ModelFrame frame, double[]? weights)
    {
        frame.CheckCaseCount();
        var n = frame.N;
        var p = frame.P;
        Span<double> x = stackalloc double[p];
        var sw = 0.0;
        var ySum = 0.0;
        var means = new double[p];
        var min = new double[p];
        var max = new double[p];
        Array.Fill(min, double.PositiveInfinity);
        Array.Fill(max, double.NegativeInfinity);
        var i = 0;
        foreach (var row in frame.CompleteRows)
        {
            var w = weights is null ? 1.0 : weights[i];
            i++;
            sw += w;
            ySum += frame.DependentAt(row);
            frame.FillRow(row, x);
            for (var j = 1; j < p; j++)
            {
                var v = x[j];
                means[j] += w * v;
                min[j] = Math.Min(min[j], v);
                max[j] = Math.Max(max[j], v);
            }
        }

        frame.CheckNotConstant(min, max);
        if (!(sw > 0))
        {
            throw new ModelSpecificationException($"The weights of the {n} complete cases sum to zero.");
        }

        for (var j = 1; j < p; j++)
        {
            means[j] /= sw;
        }

        var yMean = ySum / n;
        var ztz = new double[p * p];
        var zty = new double[p];
        var sst = 0.0;
        i = 0;
        foreach (var row in frame.CompleteRows)
        {
            var w = weights is null ? 1.0 : weights[i];
            i++;
            var y = frame.DependentAt(row);
            sst += (y - yMean) * (y - yMean);
            frame.FillRow(row, x);
            x[0] = 1;
            for (var j = 1; j < p; j++)
            {
                x[j] -= means[j];
            }

            for (var a = 0; a < p; a++)
            {
                var wa = w * x[a];
                zty[a] += wa * y;
                for (var b = 0; b <= a; b++)
                {
                    ztz[a * p + b] += wa * x[b];
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
        var sse = 0.0;
        foreach (var row in frame.CompleteRows)
        {
            frame.FillRow(row, x);
            var fit = theta[0];
            for (var j = 1; j < p; j++)
            {
                fit += (x[j] - means[j]) * theta[j];
            }

            var e = frame.DependentAt(row) - fit;
            sse += e * e;
        }

        return new LeastSquares(frame, ztz, means, theta, SmallMatrix.CholeskyInverse(l, p), l, sst, sse);
    }

    private double[] BuildZ()
    {
        var z = new double[N * P];
        var i = 0;
        foreach (var row in _frame.CompleteRows)
        {
            CentredRow(row, z.AsSpan(i * P, P));
            i++;
        }

        return z;
    }

    private double[] BuildResiduals()
    {
        var e = new double[N];
        Span<double> z = stackalloc double[P];
        var i = 0;
        foreach (var row in _frame.CompleteRows)
        {
            CentredRow(row, z);
            e[i++] = Residual(row, z);
        }

        return e;
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
