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

    /// <summary>The <paramref name="p"/> quantile of the t distribution.</summary>
    public static double TQuantile(double p, double df)
    {
        if (df <= 0 || double.IsNaN(df))
        {
            return double.NaN;
        }

        var x = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, df, p);
        for (var i = 0; i < 50; i++)
        {
            var pdf = MathNet.Numerics.Distributions.StudentT.PDF(0, 1, df, x);
            var step = (TCdf(x, df) - p) / pdf;
            x -= step;
            if (Math.Abs(step) <= 1e-15 * Math.Max(1, Math.Abs(x)))
            {
                break;
            }
        }

        return x;
    }

    /// <summary>The <paramref name="p"/> quantile of the F(d1, d2) distribution (bisection on log x, then Newton polish).</summary>
    public static double FQuantile(double p, double d1, double d2)
    {
        if (!(p > 0 && p < 1) || d1 <= 0 || d2 <= 0)
        {
            return double.NaN;
        }

        double lo = Math.Log(1e-12), hi = Math.Log(1e12);
        for (var i = 0; i < 120; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (1 - FUpper(Math.Exp(mid), d1, d2) < p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        var x = Math.Exp(0.5 * (lo + hi));
        for (var i = 0; i < 3; i++)
        {
            var pdf = MathNet.Numerics.Distributions.FisherSnedecor.PDF(d1, d2, x);
            if (!(pdf > 0))
            {
                break;
            }

            var upper = FUpper(x, d1, d2);
            var step = p < 0.5 ? (1 - upper - p) / pdf : (1 - p - upper) / -pdf;
            x -= step;
        }

        return x;
    }

    /// <summary>The <paramref name="p"/> quantile of the standard normal distribution.</summary>
    public static double NormalQuantile(double p) => MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, p);
}
