using System.Globalization;
using Analysenotater.Statistics.Distributions;
using MathNet.Numerics;

namespace Analysenotater.Statistics.Representativeness;

/// <summary>
/// Pearson's χ² goodness of fit of observed category counts against reference shares (R <c>chisq.test(x, p = p0)</c>),
/// with an exact or seeded Monte Carlo p-value when expected counts are small.
/// Usage: <c>ChiSquareGoodnessOfFit.Test([7, 4, 9], [0.49, 0.39, 0.12], ["Liten", "Mellomstor", "Stor"])</c>.
/// </summary>
public static class ChiSquareGoodnessOfFit
{
    /// <summary>Tests <paramref name="observed"/> against <paramref name="referenceShares"/> (rescaled to sum to 1).</summary>
    /// <exception cref="ArgumentException">Lengths differ, fewer than 2 categories, a negative count, a share ≤ 0, or n = 0; the message names the category.</exception>
    public static GoodnessOfFitResult Test(IReadOnlyList<long> observed, IReadOnlyList<double> referenceShares, IReadOnlyList<string>? categories = null, GoodnessOfFitOptions? options = null, string title = "Kjikvadrattest for tilpasning")
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(referenceShares);
        options ??= new GoodnessOfFitOptions();
        var k = observed.Count;
        if (k < 2 || referenceShares.Count != k || (categories is not null && categories.Count != k))
        {
            throw new ArgumentException($"Need at least two categories and one share (and label) per count: {k} counts, {referenceShares.Count} shares, {categories?.Count ?? k} labels.", nameof(referenceShares));
        }

        var labels = categories ?? Enumerable.Range(1, k).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var shareSum = 0.0;
        for (var i = 0; i < k; i++)
        {
            if (observed[i] < 0)
            {
                throw new ArgumentException($"Category '{labels[i]}': count {observed[i]} is negative.", nameof(observed));
            }

            if (!(referenceShares[i] > 0) || double.IsInfinity(referenceShares[i]))
            {
                throw new ArgumentException($"Category '{labels[i]}': the reference share {referenceShares[i].ToString(CultureInfo.InvariantCulture)} must be positive.", nameof(referenceShares));
            }

            shareSum += referenceShares[i];
        }

        var p0 = referenceShares.Select(s => s / shareSum).ToArray();
        var n = observed.Sum();
        if (n == 0)
        {
            throw new ArgumentException("All counts are 0.", nameof(observed));
        }

        var expected = p0.Select(p => p * n).ToArray();
        var x2 = Statistic(observed, expected);
        var df = k - 1;
        var asymptotic = Probability.ChiSquareUpper(x2, df);
        var notes = new List<string>();
        if (Math.Abs(shareSum - 1) > 1e-9 && Math.Abs(shareSum - 100) > 1e-7)
        {
            notes.Add($"Referanseandelene summerer til {shareSum.ToString("0.####", CultureInfo.InvariantCulture)} og er skalert til 1.");
        }

        var minExpected = expected.Min();
        var outcomes = Math.Exp(SpecialFunctions.GammaLn(n + k) - SpecialFunctions.GammaLn(k) - SpecialFunctions.GammaLn(n + 1));
        var method = options.Method;
        if (method == GoodnessOfFitMethod.Automatic)
        {
            method = minExpected >= options.MinimumExpected ? GoodnessOfFitMethod.Asymptotic
                : outcomes <= options.ExactOutcomeLimit ? GoodnessOfFitMethod.Exact : GoodnessOfFitMethod.MonteCarlo;
            if (minExpected < options.MinimumExpected)
            {
                notes.Add($"Minste forventede antall er {minExpected.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',')} (< {options.MinimumExpected.ToString(CultureInfo.InvariantCulture)}); χ²-tilnærmingen er usikker, så p er {(method == GoodnessOfFitMethod.Exact ? "eksakt" : "simulert (Monte Carlo)")}.");
            }
        }

        double p;
        var replicates = 0;
        switch (method)
        {
            case GoodnessOfFitMethod.Exact:
                if (outcomes > options.ExactOutcomeLimit)
                {
                    throw new ArgumentException($"The exact test would enumerate {outcomes:G3} outcomes (limit {options.ExactOutcomeLimit:G3}); use Monte Carlo.", nameof(options));
                }

                p = Exact(observed, p0, x2);
                break;
            case GoodnessOfFitMethod.MonteCarlo:
                replicates = options.Replicates;
                p = MonteCarlo(n, p0, expected, x2, options.Replicates, options.Seed);
                break;
            default:
                p = asymptotic;
                break;
        }

        return new GoodnessOfFitResult(title, labels, [.. observed], expected, x2, df, asymptotic, p, method, replicates, options.Seed, notes);
    }

    private static double Statistic(IReadOnlyList<long> o, double[] e)
    {
        double s = 0;
        for (var i = 0; i < e.Length; i++)
        {
            var d = o[i] - e[i];
            s += d * d / e[i];
        }

        return s;
    }

    // R uses X2* >= X2 · (1 − 64 ε) to absorb rounding; the same here.
    private const double AlmostOne = 1 - (64 * 2.220446049250313e-16); // 64 machine epsilons, as R

    private static double Exact(IReadOnlyList<long> observed, double[] p0, double x2)
    {
        var k = p0.Length;
        var n = observed.Sum();
        var logP = p0.Select(x => Math.Log(x)).ToArray();
        var logFact = new double[n + 1];
        for (var i = 1; i <= n; i++)
        {
            logFact[i] = logFact[i - 1] + Math.Log(i);
        }

        var expected = p0.Select(p => p * n).ToArray();
        double total = 0;
        var threshold = x2 * AlmostOne;

        void Recurse(int idx, long remaining, double partialX2, double partialLog)
        {
            if (idx == k - 1)
            {
                var d = remaining - expected[idx];
                var s = partialX2 + (d * d / expected[idx]);
                if (s >= threshold)
                {
                    total += Math.Exp(logFact[n] + partialLog - logFact[remaining] + (remaining * logP[idx]));
                }

                return;
            }

            for (long c = 0; c <= remaining; c++)
            {
                var d = c - expected[idx];
                Recurse(idx + 1, remaining - c, partialX2 + (d * d / expected[idx]), partialLog - logFact[c] + (c * logP[idx]));
            }
        }

        Recurse(0, n, 0, 0);
        return Math.Min(1, total);
    }

    private static double MonteCarlo(long n, double[] p0, double[] expected, double x2, int replicates, int seed)
    {
        if (replicates < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(replicates), replicates, "Monte Carlo needs at least one replicate.");
        }

        var rng = new Random(seed);
        var k = p0.Length;
        var cumulative = new double[k];
        double acc = 0;
        for (var i = 0; i < k; i++)
        {
            acc += p0[i];
            cumulative[i] = acc;
        }

        cumulative[k - 1] = 1;
        var counts = new long[k];
        var threshold = x2 * AlmostOne;
        var atLeast = 0;
        for (var b = 0; b < replicates; b++)
        {
            Array.Clear(counts);
            for (long i = 0; i < n; i++)
            {
                var u = rng.NextDouble();
                var c = 0;
                while (u >= cumulative[c] && c < k - 1)
                {
                    c++;
                }

                counts[c]++;
            }

            double s = 0;
            for (var i = 0; i < k; i++)
            {
                var d = counts[i] - expected[i];
                s += d * d / expected[i];
            }

            if (s >= threshold)
            {
                atLeast++;
            }
        }

        return (1.0 + atLeast) / (replicates + 1.0);
    }
}
