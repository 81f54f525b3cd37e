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
    /// A margin from a dataset column with population totals per code: a code column (for example <c>kjonn</c> or
    /// <c>kommunestorrelse</c>), a numeric column of whole numbers, or a text column whose cells are whole numbers.
    /// Labels come from the instrument's answer scale when the column is an item.
    /// </summary>
    /// <exception cref="ArgumentException">A row has no value, or a value is not a whole number (the message names the column, row and value: raking needs a category for every respondent).</exception>
    public static WeightMargin FromDataset(Data.SurveyDataset dataset, string column, IReadOnlyDictionary<int, double> targets)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(targets);
        var col = dataset[column];
        var codes = new int[col.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            var row = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (col.IsEmpty(i) || (col is Data.NumericColumn nc0 && double.IsNaN(nc0.Values[i])))
            {
                throw new ArgumentException($"Column '{column}', row {row}: no code; every respondent needs a category to be weighted (impute or drop the row explicitly).", nameof(dataset));
            }

            codes[i] = col switch
            {
                Data.CodeColumn cc => cc[i]!.Value,
                Data.NumericColumn nc when nc.Values[i] == Math.Floor(nc.Values[i]) && Math.Abs(nc.Values[i]) < int.MaxValue => (int)nc.Values[i],
                Data.TextColumn tc when int.TryParse(tc[i]!.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) => c,
                _ => throw new ArgumentException($"Column '{column}', row {row}: the value '{col.FormatInvariant(i)}' is not a whole-number code; give the targets by label (the overload with text keys) for a text column.", nameof(dataset)),
            };
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

    /// <summary>
    /// A margin from a dataset column with population totals per category label (for example
    /// <c>{"Oslo": 700000, "Bergen": 290000}</c>): a text column's cells, or a code column's answer labels (or codes
    /// written as text), matched trimmed and case-insensitively. Categories get the codes 1, 2, … in the order of
    /// <paramref name="targets"/>, labelled by their keys.
    /// </summary>
    /// <exception cref="ArgumentException">A row has no value, or a value that is none of the target labels (the message names the column, row and value).</exception>
    public static WeightMargin FromDataset(Data.SurveyDataset dataset, string column, IReadOnlyDictionary<string, double> targets)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(targets);
        var keys = targets.Keys.ToList();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < keys.Count; k++)
        {
            index[keys[k].Trim()] = k + 1;
        }

        var col = dataset[column];
        var scale = dataset.Instrument is { } ins && ins.HasItem(column) ? ins.ScaleOf(column) : null;
        var codes = new int[col.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            var row = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (col.IsEmpty(i) || (col is Data.NumericColumn nc && double.IsNaN(nc.Values[i])))
            {
                throw new ArgumentException($"Column '{column}', row {row}: no value; every respondent needs a category to be weighted (impute or drop the row explicitly).", nameof(dataset));
            }

            var text = col.FormatInvariant(i).Trim();
            if (index.TryGetValue(text, out var c) || (col is Data.CodeColumn cc && scale?.Find(cc[i]!.Value)?.Label is { } label && index.TryGetValue(label.Trim(), out c)))
            {
                codes[i] = c;
                continue;
            }

            throw new ArgumentException($"Column '{column}', row {row}: the value '{text}' is none of the margin's categories ({string.Join(", ", keys)}).", nameof(targets));
        }

        return new WeightMargin(column, codes, keys.Select((k, j) => (k, j)).ToDictionary(x => x.j + 1, x => targets[x.k]), keys.Select((k, j) => (k, j)).ToDictionary(x => x.j + 1, x => x.k));
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
