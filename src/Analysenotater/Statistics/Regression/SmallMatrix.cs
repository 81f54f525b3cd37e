namespace Analysenotater.Statistics.Regression;

/// <summary>
/// Dense p × p linear algebra on row-major <see cref="double"/> arrays, for the small matrices of regression models
/// (p = number of coefficients). Everything that grows with n is accumulated elsewhere into such matrices.
/// </summary>
internal static class SmallMatrix
{
    /// <summary>Lower Cholesky factor of a symmetric positive definite matrix; null when a pivot is not positive
    /// (<paramref name="failedAt"/> then holds the column index).</summary>
    public static double[]? Cholesky(double[] a, int p, double relativePivotTolerance, out int failedAt)
    {
        var l = new double[p * p];
        failedAt = -1;
        for (var j = 0; j < p; j++)
        {
            var d = a[j * p + j];
            for (var k = 0; k < j; k++)
            {
                d -= l[j * p + k] * l[j * p + k];
            }

            if (!(d > relativePivotTolerance * Math.Abs(a[j * p + j])) || !(d > 0))
            {
                failedAt = j;
                return null;
            }

            var ljj = Math.Sqrt(d);
            l[j * p + j] = ljj;
            for (var i = j + 1; i < p; i++)
            {
                var s = a[i * p + j];
                for (var k = 0; k < j; k++)
                {
                    s -= l[i * p + k] * l[j * p + k];
                }

                l[i * p + j] = s / ljj;
            }
        }

        return l;
    }

    /// <summary>Solves L L' x = b given the Cholesky factor.</summary>
    public static double[] CholeskySolve(double[] l, int p, ReadOnlySpan<double> b)
    {
        var x = b.ToArray();
        for (var i = 0; i < p; i++)
        {
            var s = x[i];
            for (var k = 0; k < i; k++)
            {
                s -= l[i * p + k] * x[k];
            }

            x[i] = s / l[i * p + i];
        }

        for (var i = p - 1; i >= 0; i--)
        {
            var s = x[i];
            for (var k = i + 1; k < p; k++)
            {
                s -= l[k * p + i] * x[k];
            }

            x[i] = s / l[i * p + i];
        }

        return x;
    }

    /// <summary>The inverse from a Cholesky factor.</summary>
    public static double[] CholeskyInverse(double[] l, int p)
    {
        var inv = new double[p * p];
        var e = new double[p];
        for (var j = 0; j < p; j++)
        {
            Array.Clear(e);
            e[j] = 1;
            var col = CholeskySolve(l, p, e);
            for (var i = 0; i < p; i++)
            {
                inv[i * p + j] = col[i];
            }
        }

        Symmetrise(inv, p);
        return inv;
    }

    /// <summary>log det from a Cholesky factor.</summary>
    public static double CholeskyLogDet(double[] l, int p)
    {
        var s = 0.0;
        for (var i = 0; i < p; i++)
        {
            s += 2 * Math.Log(l[i * p + i]);
        }

        return s;
    }

    /// <summary>C = A B.</summary>
    public static double[] Multiply(double[] a, double[] b, int p)
    {
        var c = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            for (var k = 0; k < p; k++)
            {
                var aik = a[i * p + k];
                if (aik == 0)
                {
                    continue;
                }

                for (var j = 0; j < p; j++)
                {
                    c[i * p + j] += aik * b[k * p + j];
                }
            }
        }

        return c;
    }

    /// <summary>A B A' for square A and symmetric B.</summary>
    public static double[] Sandwich(double[] a, double[] b, int p)
    {
        var ab = Multiply(a, b, p);
        var c = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                var s = 0.0;
                for (var k = 0; k < p; k++)
                {
                    s += ab[i * p + k] * a[j * p + k];
                }

                c[i * p + j] = s;
            }
        }

        Symmetrise(c, p);
        return c;
    }

    /// <summary>y = A x.</summary>
    public static double[] Times(double[] a, int p, ReadOnlySpan<double> x)
    {
        var y = new double[p];
        for (var i = 0; i < p; i++)
        {
            var s = 0.0;
            for (var k = 0; k < p; k++)
            {
                s += a[i * p + k] * x[k];
            }

            y[i] = s;
        }

        return y;
    }

    /// <summary>Aᵀx for a row-major p × p matrix <paramref name="a"/>.</summary>
    public static double[] TransposeTimes(double[] a, int p, ReadOnlySpan<double> x)
    {
        var y = new double[p];
        for (var i = 0; i < p; i++)
        {
            for (var k = 0; k < p; k++)
            {
                y[k] += a[i * p + k] * x[i];
            }
        }

        return y;
    }

    /// <summary>The dot product of two vectors of the same length.</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>x' A y.</summary>
    public static double Quadratic(ReadOnlySpan<double> x, double[] a, int p, ReadOnlySpan<double> y)
    {
        var s = 0.0;
        for (var i = 0; i < p; i++)
        {
            var r = 0.0;
            for (var k = 0; k < p; k++)
            {
                r += a[i * p + k] * y[k];
            }

            s += x[i] * r;
        }

        return s;
    }

    /// <summary>Replaces A by (A + A')/2.</summary>
    public static void Symmetrise(double[] a, int p)
    {
        for (var i = 0; i < p; i++)
        {
            for (var j = i + 1; j < p; j++)
            {
                var m = 0.5 * (a[i * p + j] + a[j * p + i]);
                a[i * p + j] = m;
                a[j * p + i] = m;
            }
        }
    }

    /// <summary>
    /// Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations: A = V diag(values) V'. Columns of the
    /// returned row-major V are the eigenvectors. Accurate to a few ulps for the small matrices used here.
    /// </summary>
    public static (double[] Values, double[] Vectors) SymmetricEigen(double[] a, int p)
    {
        var m = (double[])a.Clone();
        var v = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            v[i * p + i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            var off = 0.0;
            var diag = 0.0;
            for (var i = 0; i < p; i++)
            {
                diag += m[i * p + i] * m[i * p + i];
                for (var j = i + 1; j < p; j++)
                {
                    off += m[i * p + j] * m[i * p + j];
                }
            }

            if (off <= 1e-32 * diag || off == 0)
            {
                break;
            }

            for (var pi = 0; pi < p; pi++)
            {
                for (var q = pi + 1; q < p; q++)
                {
                    var apq = m[pi * p + q];
                    if (apq == 0)
                    {
                        continue;
                    }

                    var app = m[pi * p + pi];
                    var aqq = m[q * p + q];
                    var theta = (aqq - app) / (2 * apq);
                    var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    var c = 1 / Math.Sqrt(t * t + 1);
                    var s = t * c;
                    for (var k = 0; k < p; k++)
                    {
                        var mkp = m[k * p + pi];
                        var mkq = m[k * p + q];
                        m[k * p + pi] = c * mkp - s * mkq;
                        m[k * p + q] = s * mkp + c * mkq;
                    }

                    for (var k = 0; k < p; k++)
                    {
                        var mpk = m[pi * p + k];
                        var mqk = m[q * p + k];
                        m[pi * p + k] = c * mpk - s * mqk;
                        m[q * p + k] = s * mpk + c * mqk;
                    }

                    for (var k = 0; k < p; k++)
                    {
                        var vkp = v[k * p + pi];
                        var vkq = v[k * p + q];
                        v[k * p + pi] = c * vkp - s * vkq;
                        v[k * p + q] = s * vkp + c * vkq;
                    }
                }
            }
        }

        var values = new double[p];
        for (var i = 0; i < p; i++)
        {
            values[i] = m[i * p + i];
        }

        return (values, v);
    }

    /// <summary>f(A) = V diag(f(values)) V' for a symmetric matrix.</summary>
    public static double[] SymmetricFunction(double[] a, int p, Func<double, double> f)
    {
        var (values, v) = SymmetricEigen(a, p);
        var r = new double[p * p];
        for (var k = 0; k < p; k++)
        {
            var fk = f(values[k]);
            for (var i = 0; i < p; i++)
            {
                for (var j = 0; j < p; j++)
                {
                    r[i * p + j] += v[i * p + k] * fk * v[j * p + k];
                }
            }
        }

        Symmetrise(r, p);
        return r;
    }
}
