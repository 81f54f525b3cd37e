using System.Globalization;

namespace Analysenotater.Statistics.Weighting;

/// <summary>Checks shared by the weighting methods.</summary>
internal static class WeightingInput
{
    public static double[] BaseWeights(double[]? weights, int n)
    {
        if (weights is null)
        {
            var ones = new double[n];
            Array.Fill(ones, 1.0);
            return ones;
        }

        if (weights.Length != n)
        {
            throw new ArgumentException($"The base weights have {weights.Length.ToString(CultureInfo.InvariantCulture)} rows; the margins have {n.ToString(CultureInfo.InvariantCulture)}.", nameof(weights));
        }

        for (var i = 0; i < weights.Length; i++)
        {
            if (!(weights[i] >= 0) || double.IsInfinity(weights[i]))
            {
                throw new ArgumentException($"Base weight in row {(i + 1).ToString(CultureInfo.InvariantCulture)} is {weights[i].ToString(CultureInfo.InvariantCulture)}; weights must be finite and ≥ 0.", nameof(weights));
            }
        }

        return (double[])weights.Clone();
    }

    /// <summary>Checks that every sample category has a target and every positive target has positive sample weight.</summary>
    public static void CheckMargin(WeightMargin m, double[] w)
    {
        var sums = new Dictionary<int, double>();
        for (var i = 0; i < w.Length; i++)
        {
            var c = m.Codes[i];
            if (!m.Targets.ContainsKey(c))
            {
                throw new ArgumentException($"Margin '{m.Name}', row {(i + 1).ToString(CultureInfo.InvariantCulture)}: category {c.ToString(CultureInfo.InvariantCulture)} has no population total (known: {string.Join(", ", m.Targets.Keys)}).");
            }

            sums[c] = sums.GetValueOrDefault(c) + w[i];
        }

        foreach (var (code, target) in m.Targets)
        {
            if (target > 0 && !(sums.GetValueOrDefault(code) > 0))
            {
                throw new ArgumentException($"Margin '{m.Name}', category {m.LabelOf(code)}: the population total is {target.ToString(CultureInfo.InvariantCulture)} but the sample has no respondent with a positive weight there; collapse categories.");
            }
        }
    }
}
