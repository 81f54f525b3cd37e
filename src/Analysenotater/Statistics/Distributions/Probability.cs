using MathNet.Numerics;

namespace Analysenotater.Statistics.Distributions;

/// <summary>
/// The numerics facade: tail probabilities and quantiles of the normal, t, F, χ² and beta distributions, on
/// MathNet.Numerics' special functions (regularised incomplete beta and gamma, erfc, normal inverse) and accurate to
/// near machine precision, so p-values and limits agree with R's pt/pf/pchisq/qt/qf/qbeta/qnorm to the 1e-8 tolerance
/// of the reference tests. Tails come from the incomplete functions directly (no 1 − CDF cancellation); the t and F
/// quantiles are found by bisection on the CDF to adjacent doubles (MathNet's own t inverse loses accuracy for large
/// df); the beta quantile by bisection polished with Newton steps.
/// </summary>
/// <remarks>
/// NaN policy (one for every function): a NaN argument, a probability outside its domain ((0, 1) for the t, F and
/// normal quantiles, [0, 1] for the beta quantile) or a non-positive df or shape gives NaN; nothing here throws.
/// Entry points that take a user's confidence level check it and throw <see cref="ArgumentOutOfRangeException"/>
/// themselves. An infinite df is the normal limit (t) and is allowed.
/// </remarks>
public static class Probability
{
    /// <summary>The standard normal quantile, R <c>qnorm(p)</c>.</summary>
    public static double NormalQuantile(double p) => p is > 0 and < 1 ? MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, p) : double.NaN;

    /// <summary>Two-sided normal p-value 2·P(Z ≥ |z|), R <c>2 * pnorm(-abs(z))</c>.</summary>
    public static double TwoSidedNormal(double z) => double.IsNaN(z) ? double.NaN : SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>P(T ≤ t) on <paramref name="df"/> degrees of freedom (df may be fractional; +∞ = normal).</summary>
    public static double TCdf(double t, double df)
    {
        if (double.IsNaN(t) || !(df > 0))
        {
            return double.NaN;
        }

        if (double.IsPositiveInfinity(df) || df > 1e10)
        {
            return 0.5 * SpecialFunctions.Erfc(-t / Math.Sqrt(2));
        }

        var half = 0.5 * SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + t * t));
        return t < 0 ? half : 1 - half;
    }

    /// <summary>Two-sided p-value of a t statistic, R <c>2 * pt(-abs(t), df)</c>; +∞ df gives the normal one; an
    /// infinite t gives 0.</summary>
    public static double TwoSidedT(double t, double df)
    {
        if (double.IsNaN(t) || !(df > 0))
        {
            return double.NaN;
        }

        if (double.IsInfinity(t))
        {
            return 0;
        }

        return double.IsPositiveInfinity(df) || df > 1e10 ? TwoSidedNormal(t) : SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + t * t));
    }

    /// <summary>The <paramref name="p"/> quantile of t on <paramref name="df"/> degrees of freedom, R <c>qt(p, df)</c>
    /// (+∞ df = <see cref="NormalQuantile"/>).</summary>
    public static double TQuantile(double p, double df)
    {
        if (!(df > 0) || !(p is > 0 and < 1))
        {
            return double.NaN;
        }

        if (double.IsPositiveInfinity(df) || df > 1e10)
        {
            return NormalQuantile(p);
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

    /// <summary>P(F &gt; f) for F(d1, d2), R <c>pf(f, d1, d2, lower.tail = FALSE)</c>; f ≤ 0 gives 1.</summary>
    public static double FUpper(double f, double d1, double d2)
    {
        if (double.IsNaN(f) || !(d1 > 0) || !(d2 > 0))
        {
            return double.NaN;
        }

        return f <= 0 ? 1 : SpecialFunctions.BetaRegularized(d2 / 2, d1 / 2, d2 / (d2 + d1 * f));
    }

    /// <summary>The <paramref name="p"/> quantile of F(d1, d2), R <c>qf(p, d1, d2)</c>, by bisection on log x.</summary>
    public static double FQuantile(double p, double d1, double d2)
    {
        if (!(p is > 0 and < 1) || !(d1 > 0) || !(d2 > 0))
        {
            return double.NaN;
        }

        return Math.Exp(Bisect(l => 1 - FUpper(Math.Exp(l), d1, d2) < p, Math.Log(1e-300), Math.Log(1e300)));
    }

    /// <summary>P(X² ≥ x) for χ²(df), R <c>pchisq(x, df, lower.tail = FALSE)</c>; x ≤ 0 gives 1.</summary>
    public static double ChiSquareUpper(double x, double df)
    {
        if (double.IsNaN(x) || !(df > 0))
        {
            return double.NaN;
        }

        return x <= 0 ? 1 : SpecialFunctions.GammaUpperRegularized(df / 2, x / 2);
    }

    /// <summary>The beta quantile, R <c>qbeta(p, a, b)</c>: p = 0 gives 0 and p = 1 gives 1.</summary>
    public static double BetaQuantile(double p, double a, double b)
    {
        if (!(a > 0) || !(b > 0) || !(p is >= 0 and <= 1))
        {
            return double.NaN;
        }

        if (p == 0 || p == 1)
        {
            return p;
        }

        double lo = 0, hi = 1;
        for (var i = 0; i < 60; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (SpecialFunctions.BetaRegularized(a, b, mid) < p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        var x = 0.5 * (lo + hi);
        var logB = SpecialFunctions.BetaLn(a, b);
        for (var i = 0; i < 20; i++)
        {
            var f = SpecialFunctions.BetaRegularized(a, b, x) - p;
            var d = Math.Exp(((a - 1) * Math.Log(x)) + ((b - 1) * Math.Log(1 - x)) - logB);
            if (!(d > 0) || double.IsInfinity(d))
            {
                break;
            }

            var next = x - (f / d);
            if (next <= lo || next >= hi)
            {
                break; // the bisection result is already as good as the arithmetic allows
            }

            var step = Math.Abs(next - x);
            x = next;
            if (step <= 1e-16 * Math.Max(x, 1e-300))
            {
                break;
            }
        }

        return x;
    }

    /// <summary>Bisection for the boundary of a predicate that is true below and false above, until lo and hi are
    /// adjacent doubles.</summary>
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
}
