using System.Globalization;
using Analysenotater.Reporting;
using Analysenotater.Statistics.Design;
using Analysenotater.Statistics.Distributions;

namespace Analysenotater.Statistics.Proportions;

/// <summary>
/// Confidence intervals for one proportion: the binomial methods (Wilson by default, Clopper–Pearson, Agresti–Coull,
/// Jeffreys, Wald) for counts, and the design-based methods (logit, Korn–Graubard, Wald-t) for a
/// <see cref="DesignEstimate"/> from <see cref="SurveyDesign.Proportion(double[], string?)"/>.
/// Usage: <c>ProportionConfidence.Interval(212, 473)</c>.
/// </summary>
public static class ProportionConfidence
{
    /// <summary>A binomial interval for <paramref name="successes"/> out of <paramref name="n"/>.</summary>
    /// <param name="successes">Number of successes, 0 ≤ x ≤ n.</param>
    /// <param name="n">Number of observations (positive).</param>
    /// <param name="method">The method; Wilson by default.</param>
    /// <param name="level">Confidence level in (0, 1); 0.95 by default.</param>
    /// <param name="label">A label for tables.</param>
    /// <exception cref="ArgumentOutOfRangeException">n ≤ 0, x outside [0, n] or level outside (0, 1); the message gives the values.</exception>
    public static ProportionInterval Interval(long successes, long n, ProportionCiMethod method = ProportionCiMethod.Wilson, double level = 0.95, string label = "")
    {
        if (n <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "A proportion needs at least one observation (n > 0).");
        }

        if (successes < 0 || successes > n)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"Successes must lie between 0 and n = {n}.");
        }

        CheckLevel(level);
        var x = (double)successes;
        var nn = (double)n;
        var p = x / nn;
        var alpha = 1 - level;
        var z = Probability.NormalQuantile(1 - (alpha / 2));
        var notes = new List<string>();
        double lo, hi;
        switch (method)
        {
            case ProportionCiMethod.Wilson:
            {
                var z2 = z * z;
                var centre = (p + (z2 / (2 * nn))) / (1 + (z2 / nn));
                var half = z * Math.Sqrt((p * (1 - p) / nn) + (z2 / (4 * nn * nn))) / (1 + (z2 / nn));
                lo = centre - half;
                hi = centre + half;
                break;
            }

            case ProportionCiMethod.WilsonContinuityCorrected:
            {
                var z22n = z * z / (2 * nn);
                var pu = p + (0.5 / nn);
                var pl = p - (0.5 / nn);
                hi = pu >= 1 ? 1 : (pu + z22n + (z * Math.Sqrt((pu * (1 - pu) / nn) + (z22n / (2 * nn))))) / (1 + (2 * z22n));
                lo = pl <= 0 ? 0 : (pl + z22n - (z * Math.Sqrt((pl * (1 - pl) / nn) + (z22n / (2 * nn))))) / (1 + (2 * z22n));
                (lo, hi) = (Math.Max(lo, 0), Math.Min(hi, 1));
                notes.Add("Wilson med kontinuitetskorreksjon (Newcombe 1998, metode 4), som R prop.test(correct = TRUE).");
                break;
            }

            case ProportionCiMethod.ClopperPearson:
                lo = successes == 0 ? 0 : Probability.BetaQuantile(alpha / 2, x, nn - x + 1);
                hi = successes == n ? 1 : Probability.BetaQuantile(1 - (alpha / 2), x + 1, nn - x);
                break;
            case ProportionCiMethod.AgrestiCoull:
            {
                var nt = nn + (z * z);
                var pt = (x + (z * z / 2)) / nt;
                var half = z * Math.Sqrt(pt * (1 - pt) / nt);
                (lo, hi) = Truncate(pt - half, pt + half, notes);
                break;
            }

            case ProportionCiMethod.Jeffreys:
                lo = successes == 0 ? 0 : Probability.BetaQuantile(alpha / 2, x + 0.5, nn - x + 0.5);
                hi = successes == n ? 1 : Probability.BetaQuantile(1 - (alpha / 2), x + 0.5, nn - x + 0.5);
                if (successes == 0 || successes == n)
                {
                    notes.Add("Jeffreys: grensen ved 0 eller 1 er satt til 0/1 når x = 0 eller x = n (Brown, Cai og DasGupta 2001).");
                }

                break;
            case ProportionCiMethod.Wald:
            {
                var half = z * Math.Sqrt(p * (1 - p) / nn);
                (lo, hi) = Truncate(p - half, p + half, notes);
                if (successes == 0 || successes == n)
                {
                    notes.Add("Wald-intervallet har bredde 0 når x = 0 eller x = n; bruk Wilson.");
                }

                break;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown proportion CI method.");
        }

        return new ProportionInterval(label, x, n, p, lo, hi, level, double.PositiveInfinity, MethodName(method), notes);
    }

    /// <summary>
    /// A design-based interval for a proportion estimated with <see cref="SurveyDesign.Proportion(double[], string?)"/>
    /// (as R <c>svyciprop(~y, design, method = "logit" | "beta" | "mean", df = degf(design))</c>).
    /// </summary>
    /// <param name="estimate">A design-based proportion (0–1) with its linearised SE, design df and row count.</param>
    /// <param name="method">Logit (default), Korn–Graubard or Wald-t.</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <exception cref="ArgumentException">The estimate is not a proportion, or it has no positive df or SE (for example all observations in one PSU); the message names the estimate.</exception>
    public static ProportionInterval FromDesign(DesignEstimate estimate, DesignProportionCiMethod method = DesignProportionCiMethod.Logit, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        CheckLevel(level);
        if (estimate.Statistic != DesignStatistic.Proportion)
        {
            throw new ArgumentException($"'{estimate.Label}' is a {estimate.Statistic}, not a proportion; use SurveyDesign.Proportion.", nameof(estimate));
        }

        if (!(estimate.Df >= 1))
        {
            throw new ArgumentException($"'{estimate.Label}': the design has {estimate.Df} degrees of freedom; a confidence interval needs at least 1 (more PSUs than strata).", nameof(estimate));
        }

        var p = estimate.Estimate;
        var se = estimate.StandardError;
        var alpha = 1 - level;
        var t = Probability.TQuantile(1 - (alpha / 2), estimate.Df);
        var notes = new List<string>();
        double lo, hi;
        switch (method)
        {
            case DesignProportionCiMethod.Logit:
                if (p <= 0 || p >= 1 || !(se > 0))
                {
                    throw new ArgumentException($"'{estimate.Label}': the logit interval needs 0 < p < 1 and SE > 0 (p = {p.ToString(CultureInfo.InvariantCulture)}, SE = {se.ToString(CultureInfo.InvariantCulture)}); use Korn–Graubard.", nameof(estimate));
                }

                var l = Math.Log(p / (1 - p));
                var sel = se / (p * (1 - p));
                lo = Expit(l - (t * sel));
                hi = Expit(l + (t * sel));
                break;
            case DesignProportionCiMethod.KornGraubard:
            {
                if (!(se > 0))
                {
                    throw new ArgumentException($"'{estimate.Label}': Korn–Graubard needs SE > 0 (SE = {se.ToString(CultureInfo.InvariantCulture)}).", nameof(estimate));
                }

                var nEff = p * (1 - p) / (se * se);
                var ratio = Probability.TQuantile(alpha / 2, estimate.N - 1) / Probability.TQuantile(alpha / 2, estimate.Df);
                nEff *= ratio * ratio;
                lo = p <= 0 ? 0 : Probability.BetaQuantile(alpha / 2, nEff * p, (nEff * (1 - p)) + 1);
                hi = p >= 1 ? 1 : Probability.BetaQuantile(1 - (alpha / 2), (nEff * p) + 1, nEff * (1 - p));
                notes.Add($"Effektivt utvalg (Korn–Graubard): {NorwegianFormat.Number(nEff, 1)}.");
                break;
            }

            case DesignProportionCiMethod.Wald:
                lo = p - (t * se);
                hi = p + (t * se);
                break;
            case DesignProportionCiMethod.Likelihood:
            {
                if (p <= 0 || p >= 1 || !(se > 0) || estimate.NonzeroWeightRows < 2)
                {
                    throw new ArgumentException($"'{estimate.Label}': the likelihood interval needs 0 < p < 1, SE > 0 and two rows with weight (p = {p.ToString(CultureInfo.InvariantCulture)}, SE = {se.ToString(CultureInfo.InvariantCulture)}); use Korn–Graubard.", nameof(estimate));
                }

                double m = estimate.NonzeroWeightRows;
                var target = t * t * se * se / (p * (1 - p)) * m / (2 * (m - 1));
                double Kl(double mu) => (p * Math.Log(p / mu)) + ((1 - p) * Math.Log((1 - p) / (1 - mu)));
                lo = Bisect(Kl, target, 0, p);
                hi = Bisect(Kl, target, 1, p);
                notes.Add($"Profil-likelihood med Rao–Scott-skalering (designeffekt {NorwegianFormat.Number(se * se / (p * (1 - p) / m), 2)}), som R svyciprop(method = \"likelihood\").");
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown design proportion CI method.");
        }

        notes.Add($"Designbasert: {estimate.Df.ToString(CultureInfo.InvariantCulture)} frihetsgrader (PSU-er − strata).");
        var name = method switch
        {
            DesignProportionCiMethod.Logit => "Logit (design)",
            DesignProportionCiMethod.KornGraubard => "Korn–Graubard (design)",
            DesignProportionCiMethod.Likelihood => "Profil-likelihood (design)",
            _ => "Wald-t (design)",
        };
        return new ProportionInterval(estimate.Label, double.NaN, estimate.N, p, lo, hi, level, estimate.Df, name, notes);
    }

    /// <summary>
    /// All five binomial intervals side by side (Wald first, as reports print it, then Wilson …), as a table with
    /// Norwegian labels. Usage: <c>ProportionConfidence.Compare(212, 473, "Fullført grunnskole")</c>.
    /// </summary>
    public static ReportTable Compare(long successes, long n, string label = "", double level = 0.95)
    {
        var methods = new[] { ProportionCiMethod.Wald, ProportionCiMethod.Wilson, ProportionCiMethod.AgrestiCoull, ProportionCiMethod.Jeffreys, ProportionCiMethod.ClopperPearson };
        var b = new ReportTableBuilder($"Konfidensintervall for andelen {label} ({NorwegianFormat.Count(successes)} av {NorwegianFormat.Count(n)})".Replace("  ", " ", StringComparison.Ordinal), "Metode", "Andel", "KI nedre", "KI øvre", "Bredde");
        foreach (var m in methods)
        {
            var ci = Interval(successes, n, m, level, label);
            b.Row(ReportCell.FromText(ci.Method), ReportCell.FromPercent(ci.Estimate * 100, 1), ReportCell.FromPercent(ci.Lower * 100, 1), ReportCell.FromPercent(ci.Upper * 100, 1), ReportCell.FromNumber(ci.Width * 100, 1));
            foreach (var note in ci.Notes)
            {
                b.Note(note);
            }
        }

        b.Note("Wilson er standard; Wald vises fordi rapporter ofte bruker den, men den holder ikke nominelt nivå for små n eller andeler nær 0 eller 1.");
        return b.Build();
    }

    /// <summary>The Norwegian/English display name of a method.</summary>
    public static string MethodName(ProportionCiMethod method) => method switch
    {
        ProportionCiMethod.Wilson => "Wilson",
        ProportionCiMethod.ClopperPearson => "Clopper–Pearson",
        ProportionCiMethod.AgrestiCoull => "Agresti–Coull",
        ProportionCiMethod.Jeffreys => "Jeffreys",
        ProportionCiMethod.Wald => "Wald",
        ProportionCiMethod.WilsonContinuityCorrected => "Wilson med kontinuitetskorreksjon",
        _ => method.ToString(),
    };

    private static double Expit(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>The μ between <paramref name="outer"/> (0 or 1) and <paramref name="inner"/> (p̂) where f(μ) = target; f falls from +∞ at the outer end to 0 at p̂.</summary>
    private static double Bisect(Func<double, double> f, double target, double outer, double inner)
    {
        double a = outer, b = inner;
        for (var i = 0; i < 200 && a != b; i++)
        {
            var mid = (a + b) / 2;
            if (mid == a || mid == b)
            {
                break;
            }

            if (f(mid) > target)
            {
                a = mid;
            }
            else
            {
                b = mid;
            }
        }

        return (a + b) / 2;
    }

    private static (double Lo, double Hi) Truncate(double lo, double hi, List<string> notes)
    {
        if (lo < 0 || hi > 1)
        {
            notes.Add("Intervallet er avkortet til [0, 1].");
        }

        return (Math.Max(0, lo), Math.Min(1, hi));
    }

    private static void CheckLevel(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1, for example 0.95.");
        }
    }
}
