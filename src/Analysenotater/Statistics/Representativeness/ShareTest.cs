using Analysenotater.Statistics.Distributions;

namespace Analysenotater.Statistics.Representativeness;

/// <summary>
/// A sample share against a fixed reference share: z = (p − p₀)/√(p₀(1 − p₀)/n) with a two-sided normal p
/// (equal to R <c>prop.test(x, n, p = p0, correct = FALSE)</c>), and the standardised difference
/// (p − p₀)/√((p(1 − p) + p₀(1 − p₀))/2). The reference is treated as known (a register such as BrukerPlan).
/// </summary>
public static class ShareTest
{
    /// <summary>The z statistic; shares are 0–1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A share outside [0, 1], p₀ of 0 or 1, or n &lt; 1.</exception>
    public static double Z(double share, int n, double referenceShare)
    {
        Check(share, nameof(share));
        Check(referenceShare, nameof(referenceShare));
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (referenceShare is 0 or 1)
        {
            throw new ArgumentOutOfRangeException(nameof(referenceShare), referenceShare, "A reference share of 0 or 1 has no sampling variance; the z-test is undefined.");
        }

        return (share - referenceShare) / Math.Sqrt(referenceShare * (1 - referenceShare) / n);
    }

    /// <summary>The two-sided p-value of <see cref="Z"/>.</summary>
    public static double P(double share, int n, double referenceShare) => Probability.TwoSidedNormal(Z(share, n, referenceShare));

    /// <summary>The standardised difference of two shares (0–1); 0 when both are 0 or both 1.</summary>
    public static double StandardisedDifference(double share, double referenceShare)
    {
        Check(share, nameof(share));
        Check(referenceShare, nameof(referenceShare));
        var pooled = Math.Sqrt(((share * (1 - share)) + (referenceShare * (1 - referenceShare))) / 2);
        return pooled == 0 ? 0 : (share - referenceShare) / pooled;
    }

    private static void Check(double p, string name)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(name, p, "A share must lie in [0, 1].");
        }
    }
}
