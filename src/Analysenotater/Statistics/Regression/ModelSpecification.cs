using System.Globalization;
using Analysenotater.Data;

namespace Analysenotater.Statistics.Regression;

/// <summary>
/// A formula-like description of a linear model <c>y ~ 1 + x1 + x2 + factor(g)</c> over columns of a
/// <see cref="SurveyDataset"/> or over raw arrays, turned into a <see cref="ModelFrame"/> by <see cref="Build"/>.
/// Usage: <c>ModelSpecification.For(data, "indikator").Numeric("alder").Categorical("utd", reference: "1").Build()</c>.
/// </summary>
/// <remarks>
/// Missing values: NaN in a numeric variable and null/empty in a categorical one; for dataset item columns every
/// missing kind of the answer scale («ikke aktuelt», no answer …) counts as missing. Rows missing on any variable of
/// the model (and on the cluster, stratum and weight variables when given) are deleted listwise, and the count is
/// reported. The model always has a constant.
/// </remarks>
public sealed class ModelSpecification
{
    private readonly SurveyDataset? _data;
    private readonly List<(string Name, double[]? Numeric, string?[]? Categories, string? Reference, IReadOnlyList<string>? Order)> _terms = [];

    private ModelSpecification(SurveyDataset? data, string dependent, double[] y)
    {
        _data = data;
        DependentName = dependent;
        Dependent = y;
    }

    /// <summary>The dependent variable's name.</summary>
    public string DependentName { get; }

    internal double[] Dependent { get; }

    internal int?[]? ClusterIds { get; private set; }

    internal int?[]? StratumIds { get; private set; }

    internal double[]? WeightValues { get; private set; }

    internal string? ClusterName { get; private set; }

    internal string? StratumName { get; private set; }

    internal string? WeightName { get; private set; }

    /// <summary>Starts a model for the dependent values <paramref name="y"/> (NaN = missing; not copied).</summary>
    public static ModelSpecification For(string dependentName, double[] y)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dependentName);
        ArgumentNullException.ThrowIfNull(y);
        return new ModelSpecification(null, dependentName, y);
    }

    /// <summary>Starts a model for the dataset column <paramref name="dependent"/> (valid values; missing kinds as NaN).</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public static ModelSpecification For(SurveyDataset data, string dependent)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(dependent);
        return new ModelSpecification(data, dependent, data.ValidValuesShared(dependent));
    }

    /// <summary>Adds a numeric predictor from the dataset.</summary>
    public ModelSpecification Numeric(string name) => Numeric(name, RequireData(name).ValidValuesShared(name));

    /// <summary>Adds a numeric predictor from an array (NaN = missing; not copied).</summary>
    /// <exception cref="ArgumentException">The array length differs from the dependent variable's.</exception>
    public ModelSpecification Numeric(string name, double[] values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        CheckLength(name, values.Length);
        _terms.Add((name, values, null, null, null));
        return this;
    }

    /// <summary>Adds a categorical predictor from the dataset, dummy-coded against <paramref name="reference"/>
    /// (codes as invariant text, e.g. "1"; text columns as their text).</summary>
    public ModelSpecification Categorical(string name, string reference, IReadOnlyList<string>? levelOrder = null) =>
        Categorical(name, CategoriesOf(RequireData(name), name), reference, levelOrder);

    /// <summary>Adds a categorical predictor (null or empty = missing), dummy-coded against <paramref name="reference"/>.
    /// The other levels follow <paramref name="levelOrder"/> when given, otherwise numeric or ordinal order.</summary>
    /// <exception cref="ArgumentException">Length differs from the dependent variable's.</exception>
    public ModelSpecification Categorical(string name, IReadOnlyList<string?> values, string reference, IReadOnlyList<string>? levelOrder = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        CheckLength(name, values.Count);
        _terms.Add((name, null, [.. values], reference, levelOrder));
        return this;
    }

    /// <summary>Names the cluster (primary sampling unit, e.g. kommune) column of the dataset.</summary>
    public ModelSpecification Clusters(string name)
    {
        var ids = IdsOf(RequireData(name), name); // this method's own array: no second copy
        ClusterName = name;
        ClusterIds = ids;
        return this;
    }

    /// <summary>Cluster ids per row (null = missing).</summary>
    public ModelSpecification Clusters(string name, IReadOnlyList<int?> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        CheckLength(name, ids.Count);
        ClusterName = name;
        ClusterIds = [.. ids];
        return this;
    }

    /// <summary>Names the stratum column of the dataset (e.g. kommunestorrelse).</summary>
    public ModelSpecification Strata(string name)
    {
        var ids = IdsOf(RequireData(name), name); // this method's own array: no second copy
        StratumName = name;
        StratumIds = ids;
        return this;
    }

    /// <summary>Stratum ids per row (null = missing).</summary>
    public ModelSpecification Strata(string name, IReadOnlyList<int?> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        CheckLength(name, ids.Count);
        StratumName = name;
        StratumIds = [.. ids];
        return this;
    }

    /// <summary>Names the weight column of the dataset.</summary>
    public ModelSpecification Weights(string name) => Weights(name, RequireData(name).ValidValuesShared(name));

    /// <summary>Sampling weights per row (NaN = missing; must be ≥ 0).</summary>
    public ModelSpecification Weights(string name, double[] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        CheckLength(name, weights.Length);
        WeightName = name;
        WeightValues = weights;
        return this;
    }

    /// <summary>Builds the design matrix on the listwise-complete rows.</summary>
    /// <exception cref="ModelSpecificationException">No predictors, a reference level that does not occur, a negative
    /// weight, or a constant or collinear predictor (found when fitting); the message names the variable.</exception>
    public ModelFrame Build()
    {
        var n = Dependent.Length;
        // Listwise deletion column by column (each pass reads one array in order).
        var keep = new bool[n];
        for (var i = 0; i < n; i++)
        {
            keep[i] = !double.IsNaN(Dependent[i]);
        }

        foreach (var t in _terms)
        {
            if (t.Numeric is { } v)
            {
                for (var i = 0; i < n; i++)
                {
                    keep[i] &= !double.IsNaN(v[i]);
                }
            }
            else
            {
                var categories = t.Categories!;
                for (var i = 0; i < n; i++)
                {
                    keep[i] &= !string.IsNullOrEmpty(categories[i]);
                }
            }
        }

        if (ClusterIds is { } clusters)
        {
            for (var i = 0; i < n; i++)
            {
                keep[i] &= clusters[i] is not null;
            }
        }

        if (StratumIds is { } strata)
        {
            for (var i = 0; i < n; i++)
            {
                keep[i] &= strata[i] is not null;
            }
        }

        if (WeightValues is { } weights)
        {
            for (var i = 0; i < n; i++)
            {
                if (weights[i] < 0)
                {
                    throw new ModelSpecificationException($"Weight '{WeightName}' is negative ({weights[i].ToString("R", CultureInfo.InvariantCulture)}) in row {i + 1}.");
                }

                keep[i] &= !double.IsNaN(weights[i]);
            }
        }

        var count = 0;
        foreach (var k in keep)
        {
            count += k ? 1 : 0;
        }

        var rows = new int[count];
        for (int i = 0, r = 0; i < n; i++)
        {
            if (keep[i])
            {
                rows[r++] = i;
            }
        }

        var names = new List<string> { "(Konstant)" };
        var terms = new List<ModelTerm>();
        var columns = new List<(double[] Values, bool AllRows)>(); // a numeric term's own array (read at rows[i]) or a dummy over the complete cases
        foreach (var t in _terms)
        {
            if (t.Numeric is { } v)
            {
                terms.Add(new ModelTerm(t.Name, [names.Count], null, []));
                names.Add(t.Name);
                columns.Add((v, true));
                continue;
            }

            var presentSet = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in rows)
            {
                presentSet.Add(t.Categories![r]!);
            }

            var present = presentSet.ToList();
            if (!present.Contains(t.Reference!, StringComparer.Ordinal))
            {
                throw new ModelSpecificationException($"Reference level '{t.Reference}' of '{t.Name}' does not occur among the {rows.Length} complete cases (levels: {string.Join(", ", Ordered(present))}).");
            }

            var others = t.Order is { } order
                ? order.Where(l => l != t.Reference && present.Contains(l, StringComparer.Ordinal)).Concat(Ordered(present).Where(l => l != t.Reference && !order.Contains(l))).ToList()
                : Ordered(present).Where(l => l != t.Reference).ToList();
            var idx = new List<int>();
            var position = new Dictionary<string, int>(StringComparer.Ordinal);
            var dummies = new List<double[]>();
            foreach (var level in others)
            {
                position[level] = dummies.Count;
                idx.Add(names.Count);
                names.Add(t.Name + "=" + level);
                dummies.Add(new double[rows.Length]);
            }

            for (var i = 0; i < rows.Length; i++)
            {
                if (position.TryGetValue(t.Categories![rows[i]]!, out var d))
                {
                    dummies[d][i] = 1;
                }
            }

            columns.AddRange(dummies.Select(d => (d, false)));

            terms.Add(new ModelTerm(t.Name, idx, t.Reference, others));
        }

        if (terms.Count == 0)
        {
            throw new ModelSpecificationException($"The model for '{DependentName}' has no predictors.");
        }

        var p = names.Count;
        var x = new double[rows.Length * p];
        for (var i = 0; i < rows.Length; i++)
        {
            x[i * p] = 1;
        }

        for (var j = 1; j < p; j++)
        {
            var (column, allRows) = columns[j - 1];
            if (allRows)
            {
                for (var i = 0; i < rows.Length; i++)
                {
                    x[i * p + j] = column[rows[i]];
                }
            }
            else
            {
                for (var i = 0; i < rows.Length; i++)
                {
                    x[i * p + j] = column[i];
                }
            }
        }

        var y = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            y[i] = Dependent[rows[i]];
        }

        return new ModelFrame(this, rows, y, x, names, terms, n);
    }

    private static List<string> Ordered(IEnumerable<string> levels)
    {
        var list = levels.ToList();
        if (list.All(l => double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            return [.. list.OrderBy(l => double.Parse(l, CultureInfo.InvariantCulture))];
        }

        return [.. list.OrderBy(l => l, StringComparer.Ordinal)];
    }

    private SurveyDataset RequireData(string name) =>
        _data ?? throw new InvalidOperationException($"'{name}' is a column name, but this model was started from arrays; pass the values.");

    private void CheckLength(string name, int length)
    {
        if (length != Dependent.Length)
        {
            throw new ArgumentException($"'{name}' has {length} values; the dependent variable '{DependentName}' has {Dependent.Length}.", nameof(name));
        }
    }

    private static string?[] CategoriesOf(SurveyDataset data, string name)
    {
        var col = data[name];
        if (col is TextColumn tc)
        {
            return [.. tc.Values];
        }

        var v = data.ValidValues(name);
        return [.. v.Select(x => double.IsNaN(x) ? null : x.ToString("R", CultureInfo.InvariantCulture))];
    }

    private static int?[] IdsOf(SurveyDataset data, string name)
    {
        var v = data.ValidValuesShared(name);
        var ids = new int?[v.Length];
        for (var i = 0; i < v.Length; i++)
        {
            if (double.IsNaN(v[i]))
            {
                continue;
            }

            if (v[i] != Math.Round(v[i]) || Math.Abs(v[i]) > int.MaxValue)
            {
                throw new ModelSpecificationException($"Column '{name}', row {i + 1}: value {v[i].ToString("R", CultureInfo.InvariantCulture)} is not an integer id.");
            }

            ids[i] = (int)v[i];
        }

        return ids;
    }
}
