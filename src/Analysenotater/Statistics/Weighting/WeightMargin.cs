using System.Globalization;

namespace Analysenotater.Statistics.Weighting;

/// <summary>
/// One calibration margin: a category code per respondent and the population total for each category (for example
/// BrukerPlan's number of service users per municipality size group). Immutable.
/// </summary>
public sealed class WeightMargin
{
    /// <summary>Creates a margin.</summary>
    /// <param name="name">The variable's name, used in messages and tables.</param>
    /// <param name="codes">Category code per respondent.</param>
    /// <param name="targets">Population total per category code (finite, ≥ 0).</param>
    /// <param name="labels">Optional labels per code for tables.</param>
    /// <exception cref="ArgumentException">A target is negative or not finite; the message names the margin and category.</exception>
    public WeightMargin(string name, int[] codes, IReadOnlyDictionary<int, double> targets, IReadOnlyDictionary<int, string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(targets);
        foreach (var (code, total) in targets)
        {
            if (!(total >= 0) || double.IsInfinity(total))
            {
                throw new ArgumentException($"Margin '{name}', category {code.ToString(CultureInfo.InvariantCulture)}: the population total {total.ToString(CultureInfo.InvariantCulture)} must be finite and ≥ 0.", nameof(targets));
            }
        }

        Name = name;
        Codes = codes;
        Targets = new SortedDictionary<int, double>(targets.ToDictionary(kv => kv.Key, kv => kv.Value));
        Labels = labels ?? new Dictionary<int, string>();
    }

    /// <summary>A margin from population shares (summing to 1 or 100) scaled to <paramref name="total"/>.</summary>
    /// <exception cref="ArgumentException">The shares do not sum to 1 or 100 (within 0.5 %).</exception>
    public static WeightMargin FromShares(string name, int[] codes, IReadOnlyDictionary<int, double> shares, double total, IReadOnlyDictionary<int, string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var sum = shares.Values.Sum();
        var scale = Math.Abs(sum - 1) < 0.005 ? sum : Math.Abs(sum - 100) < 0.5 ? sum : throw new ArgumentException($"Margin '{name}': shares sum to {sum.ToString(CultureInfo.InvariantCulture)}, not 1 or 100.", nameof(shares));
        return new WeightMargin(name, codes, shares.ToDictionary(kv => kv.Key, kv => kv.Value / scale * total), labels);
    }

    /// <summary>
    /// A margin from a dataset column of answer codes (for example <c>kjonn</c> or <c>kommunestorrelse</c>) with
    /// population totals per code; labels come from the instrument's answer scale when the column is an item.
    /// </summary>
    /// <exception cref="ArgumentException">The column is not a code column, or a row has no code (the message names the column and row: raking needs a category for every respondent).</exception>
    public static WeightMargin FromDataset(Data.SurveyDataset dataset, string column, IReadOnlyDictionary<int, double> targets)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(column);
        if (dataset[column] is not Data.CodeColumn cc)
        {
            throw new ArgumentException($"Column '{column}' holds {dataset[column].Kind} values; a margin needs answer codes.", nameof(column));
        }

        var codes = new int[cc.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = cc[i] ?? throw new ArgumentException($"Column '{column}', row {(i + 1).ToString(CultureInfo.InvariantCulture)}: no code; every respondent needs a category to be weighted (impute or drop the row explicitly).", nameof(dataset));
        }

        var scale = dataset.Instrument is { } ins && ins.HasItem(column) ? ins.ScaleOf(column) : null;
        var labels = new Dictionary<int, string>();
        foreach (var code in targets.Keys)
        {
            if (scale?.Find(code)?.Label is { } l)
            {
                labels[code] = l;
            }
        }

        return new WeightMargin(column, codes, targets, labels);
    }

    /// <summary>The variable's name.</summary>
    public string Name { get; }

    /// <summary>Category code per respondent.</summary>
    public IReadOnlyList<int> Codes { get; }

    /// <summary>Population totals by category code (ascending codes).</summary>
    public IReadOnlyDictionary<int, double> Targets { get; }

    /// <summary>Labels by code (may be empty).</summary>
    public IReadOnlyDictionary<int, string> Labels { get; }

    /// <summary>The sum of the targets.</summary>
    public double Total => Targets.Values.Sum();

    internal string LabelOf(int code) => Labels.TryGetValue(code, out var l) ? l : code.ToString(CultureInfo.InvariantCulture);
}
