using System.Globalization;
using Analysenotater.Statistics.Design;
using Analysenotater.Statistics.Distributions;
using Analysenotater.Statistics.Proportions;

namespace Analysenotater.Statistics.Comparison;

/// <summary>
/// A unit compared with a reference value, as the KS municipal report needs: against a fixed value, against an
/// independent estimate (another year, another survey), two independent proportions (Newcombe), and a municipality
/// against the rest of the sample or the whole sample within one survey design (the covariance is kept).
/// Usage: <c>UnitComparison.AgainstFixed(design.Mean(score), 62.0, "Kommunen", "Landet")</c>.
/// </summary>
public static class UnitComparison
{
    /// <summary>
    /// Unit − a fixed reference (known without error): difference ± t(df)·SE; infinite df gives the normal.
    /// With df = n − 1 and SE = s/√n this is R <c>t.test(x, mu = reference)</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">SE negative or NaN, df ≤ 0, or level outside (0, 1).</exception>
    public static ReferenceComparison AgainstFixed(double estimate, double standardError, double reference, double df = double.PositiveInfinity, long n = 0, string label = "", string unitLabel = "Enheten", string referenceLabel = "Referansen", double level = 0.95)
    {
        Check(standardError, df, level);
        var diff = estimate - reference;
        var q = Probability.TQuantile(1 - ((1 - level) / 2), df);
        var stat = diff / standardError;
        var p = double.IsPositiveInfinity(df) ? Probability.TwoSidedNormal(stat) : Probability.TwoSidedT(stat, df);
        var method = double.IsPositiveInfinity(df) ? "z mot fast referanseverdi" : $"t mot fast referanseverdi (df = {df.ToString("0.##", CultureInfo.InvariantCulture)})";
        return new ReferenceComparison(label, unitLabel, referenceLabel, estimate, reference, diff, standardError, df, level, diff - (q * standardError), diff + (q * standardError), stat, p, n, 0, method, ["Referanseverdien behandles som kjent (uten usikkerhet)."]);
    }

    /// <summary>A design-based estimate against a fixed reference, with t on the design df.</summary>
    public static ReferenceComparison AgainstFixed(DesignEstimate estimate, double reference, string unitLabel = "Enheten", string referenceLabel = "Referansen", double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return AgainstFixed(estimate.Estimate, estimate.StandardError, reference, estimate.Df, estimate.N, estimate.Label, unitLabel, referenceLabel, level);
    }

    /// <summary>
    /// Unit − reference from two independent samples: SE = √(SE₁² + SE₂²). With both df given the interval uses the
    /// Welch–Satterthwaite df (SE₁² + SE₂²)² / (SE₁⁴/df₁ + SE₂⁴/df₂) (R <c>t.test(x, y)</c> when SEᵢ = sᵢ/√nᵢ, dfᵢ = nᵢ − 1);
    /// otherwise the normal.
    /// </summary>
    public static ReferenceComparison Independent(double estimate, double standardError, double reference, double referenceStandardError, double df = double.PositiveInfinity, double referenceDf = double.PositiveInfinity, long n = 0, long referenceN = 0, string label = "", string unitLabel = "Enheten", string referenceLabel = "Referansen", double level = 0.95)
    {
        Check(standardError, df, level);
        Check(referenceStandardError, referenceDf, level);
        var v1 = standardError * standardError;
        var v2 = referenceStandardError * referenceStandardError;
        var se = Math.Sqrt(v1 + v2);
        var dfw = double.IsPositiveInfinity(df) && double.IsPositiveInfinity(referenceDf) ? double.PositiveInfinity
            : (v1 + v2) * (v1 + v2) / ((v1 * v1 / df) + (v2 * v2 / referenceDf));
        var diff = estimate - reference;
        var q = Probability.TQuantile(1 - ((1 - level) / 2), dfw);
        var stat = diff / se;
        var p = double.IsPositiveInfinity(dfw) ? Probability.TwoSidedNormal(stat) : Probability.TwoSidedT(stat, dfw);
        var method = double.IsPositiveInfinity(dfw) ? "uavhengige utvalg, z" : $"uavhengige utvalg, t med Welch–Satterthwaite df = {dfw.ToString("0.##", CultureInfo.InvariantCulture)}";
        return new ReferenceComparison(label, unitLabel, referenceLabel, estimate, reference, diff, se, dfw, level, diff - (q * se), diff + (q * se), stat, p, n, referenceN, method, ["Utvalgene antas uavhengige (for eksempel to år med nye utvalg)."]);
    }

    /// <summary>Two independent design-based estimates (for example this year's and last year's survey), Satterthwaite df from the design dfs.</summary>
    public static ReferenceComparison Independent(DesignEstimate unit, DesignEstimate reference, string unitLabel = "I år", string referenceLabel = "I fjor", double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(reference);
        return Independent(unit.Estimate, unit.StandardError, reference.Estimate, reference.StandardError, unit.Df, reference.Df, unit.N, reference.N, unit.Label, unitLabel, referenceLabel, level);
    }

    /// <summary>
    /// Two independent proportions x₁/n₁ − x₂/n₂ with Newcombe's hybrid score interval (Newcombe 1998, method 10: from
    /// the two Wilson intervals) and the pooled score z-test (R <c>prop.test(c(x1, x2), c(n1, n2), correct = FALSE)</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Counts outside [0, n] or n ≤ 0.</exception>
    public static ReferenceComparison ProportionDifference(long x1, long n1, long x2, long n2, string label = "", string unitLabel = "Enheten", string referenceLabel = "Referansen", double level = 0.95)
    {
        var a = ProportionConfidence.Interval(x1, n1, ProportionCiMethod.Wilson, level);
        var b = ProportionConfidence.Interval(x2, n2, ProportionCiMethod.Wilson, level);
        double p1 = a.Estimate, p2 = b.Estimate, d = p1 - p2;
        var lower = d - Math.Sqrt(((p1 - a.Lower) * (p1 - a.Lower)) + ((b.Upper - p2) * (b.Upper - p2)));
        var upper = d + Math.Sqrt(((a.Upper - p1) * (a.Upper - p1)) + ((p2 - b.Lower) * (p2 - b.Lower)));
        var pooled = (double)(x1 + x2) / (n1 + n2);
        var seTest = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2)));
        var z = seTest > 0 ? d / seTest : double.NaN;
        var se = Math.Sqrt((p1 * (1 - p1) / n1) + (p2 * (1 - p2) / n2));
        return new ReferenceComparison(label, unitLabel, referenceLabel, p1, p2, d, se, double.PositiveInfinity, level, lower, upper, z, Probability.TwoSidedNormal(z), n1, n2,
            "Newcombes hybride scoreintervall (metode 10); p fra scoretest med samlet andel", ["Utvalgene antas uavhengige. SE er Wald-SE, bare til informasjon; intervallet er ikke ±1,96·SE."]);
    }

    /// <summary>
    /// A proportion x/n against a fixed reference share p₀ (0–1): the Wilson interval of x/n shifted by p₀, and the score
    /// z-test (p − p₀)/√(p₀(1 − p₀)/n) (R <c>prop.test(x, n, p = p0, correct = FALSE)</c>, whose interval is the same Wilson one).
    /// </summary>
    public static ReferenceComparison ProportionAgainstFixed(long x, long n, double referenceShare, string label = "", string unitLabel = "Enheten", string referenceLabel = "Referansen", double level = 0.95)
    {
        var ci = ProportionConfidence.Interval(x, n, ProportionCiMethod.Wilson, level);
        var p = ci.Estimate;
        var z = Representativeness.ShareTest.Z(p, (int)n, referenceShare);
        return new ReferenceComparison(label, unitLabel, referenceLabel, p, referenceShare, p - referenceShare, Math.Sqrt(p * (1 - p) / n), double.PositiveInfinity, level, ci.Lower - referenceShare, ci.Upper - referenceShare, z, Probability.TwoSidedNormal(z), n, 0,
            "Wilson-intervall minus referanseandelen; scoretest", ["Referanseandelen behandles som kjent (uten usikkerhet)."]);
    }

    /// <summary>
    /// Within one survey design: the mean of the unit's rows (for example one municipality) minus the mean of the rest of
    /// the sample (<paramref name="againstWholeSample"/> false) or of the whole sample including the unit (true). The SE is
    /// linearised over the design with the covariance of the two means included, so a unit is not compared with itself
    /// as if independent. NaN values of <paramref name="y"/> are excluded.
    /// </summary>
    /// <exception cref="ArgumentException">A group is empty or has no positive weight; lengths differ.</exception>
    public static ReferenceComparison WithinDesign(SurveyDesign design, double[] y, bool[] unitRows, bool againstWholeSample = false, string label = "", string unitLabel = "Kommunen", string? referenceLabel = null, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(unitRows);
        bool[]? other = null;
        if (!againstWholeSample)
        {
            other = new bool[unitRows.Length];
            for (var i = 0; i < other.Length; i++)
            {
                other[i] = !unitRows[i];
            }
        }

        var (d, se, df, nA, nB, meanA, meanB) = design.MeanContrast(y, unitRows, other);
        var refLabel = referenceLabel ?? (againstWholeSample ? "Hele utvalget" : "Resten av utvalget");
        if (df < 1)
        {
            throw new ArgumentException($"The design has {df} degrees of freedom for this comparison; an interval needs at least 1.", nameof(design));
        }

        var q = Probability.TQuantile(1 - ((1 - level) / 2), df);
        var t = d / se;
        return new ReferenceComparison(label, unitLabel, refLabel, meanA, meanB, d, se, df, level, d - (q * se), d + (q * se), t, Probability.TwoSidedT(t, df), nA, nB,
            $"designbasert kontrast (Taylor-linearisert, t med {df} df)",
            [againstWholeSample ? "Hele utvalget inkluderer enheten selv; kovariansen er tatt med." : "Enheten mot resten av utvalget i samme design; kovariansen er tatt med."]);
    }

    private static void Check(double se, double df, double level)
    {
        if (!(se >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(se), se, "A standard error must be ≥ 0.");
        }

        if (!(df > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(df), df, "Degrees of freedom must be positive (infinity for the normal).");
        }

        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");
        }
    }
}
