namespace Analysenotater.Text.Keyness;

/// <summary>
/// Dunning's log-likelihood (G²) for a word's frequency in two corpora and the log-ratio effect size (Hardie 2014).
/// With a = occurrences in corpus 1 of size c and b = occurrences in corpus 2 of size d:
/// E1 = c·(a+b)/(c+d), E2 = d·(a+b)/(c+d), G² = 2·(a·ln(a/E1) + b·ln(b/E2)) with 0·ln 0 = 0, and
/// log ratio = log2((a/c)/(b/d)) where a zero count is replaced by 0.5 so the ratio stays finite.
/// </summary>
public static class LogLikelihood
{
    /// <summary>G² (non-negative; about chi-square with 1 degree of freedom under equal relative frequencies).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, a corpus size is not positive, or a count exceeds its corpus size.</exception>
    public static double G2(int a, int b, int c, int d)
    {
        Validate(a, b, c, d);
        double n = c + d;
        var e1 = c * (a + b) / n;
        var e2 = d * (a + b) / n;
        var g = 0.0;
        if (a > 0)
        {
            g += a * Math.Log(a / e1);
        }

        if (b > 0)
        {
            g += b * Math.Log(b / e2);
        }

        return 2 * g;
    }

    /// <summary>The expected counts (E1, E2) under equal relative frequencies.</summary>
    public static (double E1, double E2) Expected(int a, int b, int c, int d)
    {
        Validate(a, b, c, d);
        double n = c + d;
        return (c * (a + b) / n, d * (a + b) / n);
    }

    /// <summary>log2 of the ratio of relative frequencies (corpus 1 over corpus 2); 1 means twice as frequent. Zero counts become 0.5.</summary>
    public static double LogRatio(int a, int b, int c, int d)
    {
        Validate(a, b, c, d);
        var fa = (a == 0 ? 0.5 : a) / (double)c;
        var fb = (b == 0 ? 0.5 : b) / (double)d;
        return Math.Log2(fa / fb);
    }

    /// <summary>The p-value of G² against chi-square with 1 degree of freedom.</summary>
    public static double PValue(double g2) => g2 <= 0 ? 1.0 : 1.0 - MathNet.Numerics.Distributions.ChiSquared.CDF(1, g2);

    private static void Validate(int a, int b, int c, int d)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        ArgumentOutOfRangeException.ThrowIfLessThan(c, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(a, c);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(b, d);
    }
}
