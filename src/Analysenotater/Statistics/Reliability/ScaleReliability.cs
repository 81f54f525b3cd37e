using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Statistics.Regression;

using Analysenotater.Statistics.Distributions;

namespace Analysenotater.Statistics.Reliability;

/// <summary>
/// Internal consistency of a multi-item scale: Cronbach's alpha (raw and standardised) with Feldt's confidence
/// interval, alpha if item deleted, corrected item-total correlations, item means and SDs, and McDonald's omega total
/// from a one-factor minres model. Usage: <c>ScaleReliability.Analyse(data, "q1", "q2", "q3")</c>.
/// </summary>
/// <remarks>
/// Missing values: listwise — only respondents with a valid answer to every item are used (psych::alpha uses
/// pairwise covariances by default; the figures here equal psych::alpha on na.omit(items) and SPSS RELIABILITY).
/// Items are used as coded: reverse-keyed items must be reversed first.
/// </remarks>
public static class ScaleReliability
{
    /// <summary>Analyses dataset columns (valid values; every missing kind counts as missing).</summary>
    /// <exception cref="ArgumentException">Fewer than two items, too few complete cases or a zero-variance item (the message names it).</exception>
    public static ReliabilityResult Analyse(SurveyDataset data, params string[] items)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Length >= 2 && Array.TrueForAll(items, id => data[id] is CodeColumn))
        {
            return AnalyseCodes(data, items, 0.95);
        }

        return Analyse(items, [.. items.Select(data.ValidValues)]);
    }

    /// <summary>
    /// Listwise sums and cross-products straight from the short codes, one pass over the rows, no per-item copies.
    /// Codes are integers, so the sums are exact in 64-bit integers and the covariances carry only the final rounding.
    /// </summary>
    private static ReliabilityResult AnalyseCodes(SurveyDataset data, string[] names, double confidenceLevel)
    {
        var k = names.Length;
        var rows = data.RowCount;
        var codes = new short[k][];
        var valid = new bool[k][]; // per item and code 0–255: a valid answer (one scale lookup per code)
        for (var j = 0; j < k; j++)
        {
            codes[j] = ((CodeColumn)data[names[j]]).CodeArray;
            valid[j] = new bool[256];
            for (short code = 0; code < 256; code++)
            {
                valid[j][code] = data.StatusOfCode(names[j], code) == ResponseStatus.Valid;
            }
        }

        bool IsValidRare(int j, short code) => code != CodeColumn.Empty && data.StatusOfCode(names[j], code) == ResponseStatus.Valid;

        var sums = new long[k];
        var cross = new long[k * k];
        var row = new long[k];
        var first = new double[k];
        long n = 0;
        for (var i = 0; i < rows; i++)
        {
            var ok = true;
            for (var j = 0; j < k; j++)
            {
                var code = codes[j][i];
                if (!((uint)code < 256 ? valid[j][code] : IsValidRare(j, code)))
                {
                    ok = false;
                    break;
                }

                row[j] = code;
            }

            if (!ok)
            {
                continue;
            }

            if (n == 0)
            {
                for (var j = 0; j < k; j++)
                {
                    first[j] = row[j];
                }
            }

            n++;
            for (var a = 0; a < k; a++)
            {
                var va = row[a];
                sums[a] += va;
                var offset = a * k;
                for (var b = 0; b <= a; b++)
                {
                    cross[offset + b] += va * row[b];
                }
            }
        }

        if (n < 3)
        {
            throw new ArgumentException($"Only {n} of {rows} respondents answered all {k} items; reliability needs at least 3 complete cases.", "items");
        }

        var means = new double[k];
        for (var j = 0; j < k; j++)
        {
            means[j] = (double)sums[j] / n;
        }

        var c = new double[k * k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                // n·Σxy − Σx·Σy is an exact integer as long as it fits in 128 bits; divide once at the end.
                var centred = (Int128)n * cross[a * k + b] - (Int128)sums[a] * sums[b];
                c[a * k + b] = (double)centred / ((double)n * (n - 1));
                c[b * k + a] = c[a * k + b];
            }
        }

        return Finish(names, rows, (int)n, means, c, first, confidenceLevel);
    }

    /// <summary>Analyses raw item arrays (NaN = missing), one array per item, all of equal length.</summary>
    /// <param name="names">The item names.</param>
    /// <param name="items">The item values.</param>
    /// <param name="confidenceLevel">Level of the Feldt interval, default 0.95.</param>
    /// <exception cref="ArgumentException">A single-item scale, unequal lengths, fewer than 3 complete cases, or an item without variance.</exception>
    public static ReliabilityResult Analyse(IReadOnlyList<string> names, IReadOnlyList<double[]> items, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(items);
        if (names.Count != items.Count)
        {
            throw new ArgumentException($"{names.Count} names for {items.Count} items.", nameof(names));
        }

        var k = items.Count;
        if (k < 2)
        {
            throw new ArgumentException(k == 1
                ? $"The scale has a single item ('{names[0]}'). Internal consistency (alpha, omega) needs at least two items: with one item there is no covariance between items to measure."
                : "The scale has no items.", nameof(items));
        }

        var rows = items[0].Length;
        for (var j = 1; j < k; j++)
        {
            if (items[j].Length != rows)
            {
                throw new ArgumentException($"Item '{names[j]}' has {items[j].Length} values; '{names[0]}' has {rows}.", nameof(items));
            }
        }

        var cols = items as double[][] ?? [.. items]; // one array access per value, not an interface call
        var completeList = new List<int>(rows);
        for (var i = 0; i < rows; i++)
        {
            var ok = true;
            for (var j = 0; j < k && ok; j++)
            {
                ok = !double.IsNaN(cols[j][i]);
            }

            if (ok)
            {
                completeList.Add(i);
            }
        }

        var complete = completeList.ToArray();
        var n = complete.Length;
        if (n < 3)
        {
            throw new ArgumentException($"Only {n} of {rows} respondents answered all {k} items; reliability needs at least 3 complete cases.", nameof(items));
        }

        var means = new double[k];
        foreach (var i in complete)
        {
            for (var j = 0; j < k; j++)
            {
                means[j] += cols[j][i];
            }
        }

        for (var j = 0; j < k; j++)
        {
            means[j] /= n;
        }

        var c = new double[k * k];
        foreach (var i in complete)
        {
            for (var a = 0; a < k; a++)
            {
                var da = cols[a][i] - means[a];
                for (var b = 0; b <= a; b++)
                {
                    c[a * k + b] += da * (cols[b][i] - means[b]);
                }
            }
        }

        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                c[a * k + b] /= n - 1;
                c[b * k + a] = c[a * k + b];
            }
        }

        var firstValues = new double[k];
        for (var j = 0; j < k; j++)
        {
            firstValues[j] = cols[j][complete[0]];
        }

        return Finish(names, rows, n, means, c, firstValues, confidenceLevel);
    }

    private static ReliabilityResult Finish(IReadOnlyList<string> names, int rows, int n, double[] means, double[] c, double[] firstValues, double confidenceLevel)
    {
        var k = names.Count;
        for (var j = 0; j < k; j++)
        {
            if (!(c[j * k + j] > 0))
            {
                var value = firstValues[j].ToString("R", CultureInfo.InvariantCulture);
                throw new ArgumentException($"Item '{names[j]}' has zero variance: all {n} complete cases answered {value}. It cannot correlate with the other items; remove it from the scale (alpha and omega are undefined with it).", "items");
            }
        }

        var all = Enumerable.Range(0, k).ToArray();
        var (alpha, stdAlpha, meanR) = Alpha(c, k, all);
        var df1 = n - 1.0;
        var df2 = (n - 1.0) * (k - 1);
        var tail = (1 - confidenceLevel) / 2;
        var lower = 1 - (1 - alpha) * Probability.FQuantile(1 - tail, df1, df2);
        var upper = 1 - (1 - alpha) * Probability.FQuantile(tail, df1, df2);

        var r = Correlation(c, k);
        var (loadings, iterations, heywood) = OneFactorMinres.Loadings(r, k);
        var sumL = loadings.Sum();
        var uniqueness = loadings.Sum(l => 1 - l * l);
        var omega = sumL * sumL / (sumL * sumL + uniqueness);
        var sumR = r.Sum();
        var (mlLoadings, mlIterations, mlHeywood, mlConverged) = OneFactorMaximumLikelihood.Loadings(r, k, loadings);
        var sumMl = mlLoadings.Sum();
        var omegaMl = sumMl * sumMl / (sumMl * sumMl + mlLoadings.Sum(l => 1 - l * l));
        var sumMean = means.Sum();
        var sumVariance = c.Sum();
        var offDiagonal = new List<double>();
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < a; b++)
            {
                offDiagonal.Add(r[a * k + b]);
            }
        }

        offDiagonal.Sort();
        var medianR = offDiagonal.Count % 2 == 1 ? offDiagonal[offDiagonal.Count / 2] : (offDiagonal[offDiagonal.Count / 2 - 1] + offDiagonal[offDiagonal.Count / 2]) / 2;
        var extra = new ReliabilityExtras(
            SumMean: sumMean,
            SumVariance: sumVariance,
            G6: GuttmanLambda6(r, k, all),
            MedianR: medianR,
            SignalToNoise: k * meanR / (1 - meanR),
            AlphaAse: AlphaAse(c, k, n),
            FeldtDf1: df1,
            FeldtDf2: df2,
            OmegaTotalObserved: 1 - uniqueness / sumR,
            OmegaHierarchical: sumL * sumL / sumR,
            OmegaMl: omegaMl,
            MlLoadings: mlLoadings);

        var stats = new List<ItemStatistics>();
        var total = c.Sum();
        for (var j = 0; j < k; j++)
        {
            var rest = all.Where(x => x != j).ToArray();
            var (aDrop, sDrop, _) = k > 2 ? Alpha(c, k, rest) : (double.NaN, double.NaN, double.NaN);
            var rowSum = 0.0;
            for (var b = 0; b < k; b++)
            {
                rowSum += c[j * k + b];
            }

            var covRest = rowSum - c[j * k + j];
            var varRest = total - 2 * rowSum + c[j * k + j];
            var rdrop = covRest / Math.Sqrt(c[j * k + j] * varRest);
            stats.Add(new ItemStatistics(names[j], means[j], Math.Sqrt(c[j * k + j]), rdrop, aDrop, sDrop, loadings[j])
            {
                G6IfDeleted = k > 2 ? GuttmanLambda6(r, k, rest) : double.NaN,
                MaximumLikelihoodLoading = mlLoadings[j],
            });
        }

        var notes = new List<string>
        {
            $"Listevis utelatelse: {rows - n} av {rows} respondenter mangler svar på minst ett av de {k} spørsmålene; n = {n}.",
            $"Konfidensintervall for alfa etter Feldt: 1 − (1 − α)·F(n − 1, (n − 1)(k − 1)), som psych::alpha.ci.",
            $"Omega total = (Σλ)² / ((Σλ)² + Σ(1 − λ²)) med ladninger fra én faktor estimert med minres (minste residualer, som psych::fa(nfactors = 1, fm = \"minres\")); {iterations} iterasjoner.",
        };
        notes.Add($"Omega (ML) fra én faktor estimert med maksimum likelihood (som factanal / psych::fa(fm = \"ml\")); {mlIterations} iterasjoner" + (mlConverged ? "." : ", ikke konvergert."));
        if (mlHeywood)
        {
            notes.Add("Heywood-tilfelle i ML-løsningen: en unikhet er ved nedre grense 0,005; omega (ML) er ikke pålitelig.");
        }

        if (heywood)
        {
            notes.Add("Heywood-tilfelle: minst én ladning er 1 eller større; omega er ikke pålitelig.");
        }

        if (meanR < 0)
        {
            notes.Add("Gjennomsnittlig korrelasjon mellom spørsmålene er negativ; er noen spørsmål snudd?");
        }

        return new ReliabilityResult(n, rows - n, k, alpha, stdAlpha, meanR, lower, upper, confidenceLevel, omega, stats, notes, extra);
    }

    private static (double Raw, double Standardised, double MeanCorrelation) Alpha(double[] c, int k, int[] subset)
    {
        var m = subset.Length;
        double total = 0, trace = 0, sumR = 0;
        foreach (var a in subset)
        {
            foreach (var b in subset)
            {
                total += c[a * k + b];
                if (a == b)
                {
                    trace += c[a * k + a];
                }
                else
                {
                    sumR += c[a * k + b] / Math.Sqrt(c[a * k + a] * c[b * k + b]);
                }
            }
        }

        var raw = m / (m - 1.0) * (1 - trace / total);
        var meanR = sumR / (m * (m - 1.0));
        var std = m * meanR / (1 + (m - 1) * meanR);
        return (raw, std, meanR);
    }

    /// <summary>Guttman's λ6 as psych prints it (G6(smc)): 1 − Σ(1 − smc_j)/ΣR with smc_j = 1 − 1/(R⁻¹)_jj over the subset.</summary>
    private static double GuttmanLambda6(double[] r, int k, int[] subset)
    {
        var m = subset.Length;
        var sub = new double[m * m];
        var sum = 0.0;
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < m; b++)
            {
                sub[a * m + b] = r[subset[a] * k + subset[b]];
                sum += sub[a * m + b];
            }
        }

        var l = SmallMatrix.Cholesky(sub, m, 1e-12, out _);
        if (l is null)
        {
            return double.NaN;
        }

        var inv = SmallMatrix.CholeskyInverse(l, m);
        var unique = 0.0;
        for (var j = 0; j < m; j++)
        {
            unique += 1 / inv[j * m + j]; // 1 − smc_j
        }

        return 1 - unique / sum;
    }

    /// <summary>psych::alpha's asymptotic SE of raw alpha (Duhachek and Iacobucci 2004): √(Q/n) with
    /// Q = 2k²/((k − 1)² (1'C1)³) · (1'C1 (tr C² + (tr C)²) − 2 tr C · 1'C²1).</summary>
    private static double AlphaAse(double[] c, int k, int n)
    {
        double total = 0, trace = 0, trC2 = 0, sumC2 = 0;
        for (var a = 0; a < k; a++)
        {
            trace += c[a * k + a];
            for (var b = 0; b < k; b++)
            {
                total += c[a * k + b];
                var c2 = 0.0;
                for (var m = 0; m < k; m++)
                {
                    c2 += c[a * k + m] * c[m * k + b];
                }

                sumC2 += c2;
                if (a == b)
                {
                    trC2 += c2;
                }
            }
        }

        var q = 2.0 * k * k / ((k - 1.0) * (k - 1.0) * total * total * total) * (total * (trC2 + trace * trace) - 2 * trace * sumC2);
        return Math.Sqrt(q / n);
    }

    private static double[] Correlation(double[] c, int k)
    {
        var r = new double[k * k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                r[a * k + b] = a == b ? 1 : c[a * k + b] / Math.Sqrt(c[a * k + a] * c[b * k + b]);
            }
        }

        return r;
    }
}
