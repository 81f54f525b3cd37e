using MathNet.Numerics;

namespace Analysenotater.Statistics.Regression;

/// <summary>
/// Tail probabilities and quantiles of the t, F and normal distributions to near machine precision. Tails are
/// taken from the regularised incomplete beta function directly (no 1 − CDF cancellation); quantiles are polished
/// by Newton steps on the CDF.
/// </summary>
internal static class Probability
{
    /// <summary>Two-sided p-value of a t statistic with <paramref name="df"/> degrees of freedom (df may be fractional).</summary>
    public static double TwoSidedT(double t, double df)
    {
        if (double.IsNaN(t) || double.IsNaN(df) || df <= 0)
        {
            return double.NaN;
        }

        if (double.IsInfinity(t))
        {
            return 0;
        }

        return SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + t * t));
    }

    /// <summary>P(F &gt; f) for an F(d1, d2) variable.</summary>
    public static double FUpper(double f, double d1, double d2)
    {
        if (double.IsNaN(f) || d1 <= 0 || d2 <= 0)
        {
            return double.NaN;
        }

        if (f <= 0)
        {
            return 1;
        }

        return SpecialFunctions.BetaRegularized(d2 / 2, d1 / 2, d2 / (d2 + d1 * f));
    }

    /// <summary>P(T ≤ t).</summary>
    public static double TCdf(double t, double df)
    {
        var half = 0.5 * SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + t * t));
        return t < 0 ? half : 1 - half;
    }

    /// <summary>The <paramref name="p"/> quantile of the t distribution, by bisection on the CDF to adjacent doubles
    /// (MathNet's t density and inverse lose accuracy for very large df).</summary>
    public static double TQuantile(double p, double df)
    {
        if (df <= 0 || double.IsNaN(df) || !(p > 0 && p < 1))
        {
            return double.NaN;
        }

        var hi = 1.0;
        while (TCdf(hi, df) < p && hi < 1e300)
        {
            hi *= 2;
        }

        var lo = -1.0;
        while (TCdf(lo, df) > p && lo > -1e300)
        {
            lo *= 2;
        }

        return Bisect(x => TCdf(x, df) < p, lo, hi);
    }

    /// <summary>The <paramref name="p"/> quantile of the F(d1, d2) distribution, by bisection on log x.</summary>
    public static double FQuantile(double p, double d1, double d2)
    {
        if (!(p > 0 && p < 1) || d1 <= 0 || d2 <= 0)
        {
            return double.NaN;
        }

        var logX = Bisect(l => 1 - FUpper(Math.Exp(l), d1, d2) < p, Math.Log(1e-300), Math.Log(1e300));
        return Math.Exp(logX);
    }

    /// <summary>Bisection for the boundary of a predicate that is true below and false above, until lo and hi are adjacent.</summary>
    private static double Bisect(Func<double, bool> below, double lo, double hi)
    {
        for (var i = 0; i < 2100; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (below(mid))
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }

    /// <summary>The <paramref name="p"/> quantile of the standard normal distribution.</summary>
    public static double NormalQuantile(double p) => MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, p);
}
