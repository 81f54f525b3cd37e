using System.Globalization;
using Analysenotater.Data;

namespace Analysenotater.Statistics.Design;

/// <content>Estimators by column name on the design's dataset, and decoding the dataset's columns into codes.</content>
public sealed partial class SurveyDesign
{
    /// <summary>The mean of an item or numeric column of the dataset the design was built from (missing kinds excluded).</summary>
    /// <exception cref="InvalidOperationException">The design was not built from a dataset.</exception>
    public DesignEstimate Mean(string column) => Single(DesignStatistic.Mean, DatasetValues(column), null, column, column);

    /// <summary>The total of a dataset column (valid values; every missing kind excluded), as <see cref="Mean(string)"/> for means.</summary>
    /// <exception cref="InvalidOperationException">The design was not built from a dataset.</exception>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public DesignEstimate Total(string column) => Single(DesignStatistic.Total, DatasetValues(column), null, column, column);

    /// <summary>The ratio Σw·numerator / Σw·denominator of two dataset columns over the rows where both are valid.</summary>
    /// <exception cref="InvalidOperationException">The design was not built from a dataset.</exception>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public DesignEstimate Ratio(string numerator, string denominator) => Ratio(DatasetValues(numerator), DatasetValues(denominator), numerator + "/" + denominator);

    /// <summary>
    /// The proportion of valid answers to a dataset item whose code is one of <paramref name="successCodes"/> (for
    /// example «fornøyd eller svært fornøyd» = 4, 5). Every missing kind («ikke aktuelt», no answer …) is excluded from the
    /// denominator, as in the report's percentages.
    /// </summary>
    /// <exception cref="InvalidOperationException">The design was not built from a dataset.</exception>
    public DesignEstimate Proportion(string column, IReadOnlyCollection<int> successCodes)
    {
        ArgumentNullException.ThrowIfNull(successCodes);
        if (successCodes.Count == 0)
        {
            throw new ArgumentException("Give at least one success code.", nameof(successCodes));
        }

        var v = DatasetValues(column);
        for (var i = 0; i < v.Length; i++)
        {
            if (!double.IsNaN(v[i]))
            {
                v[i] = successCodes.Contains((int)v[i]) && v[i] == Math.Floor(v[i]) ? 1 : 0;
            }
        }

        CheckBinary(v);
        return Single(DesignStatistic.Proportion, v, null, $"{column} ∈ {{{string.Join(", ", successCodes)}}}", column);
    }

    /// <summary>The mean of a dataset column by the codes of another column (for example kjonn), full design kept.</summary>
    /// <exception cref="InvalidOperationException">The design was not built from a dataset.</exception>
    /// <exception cref="ArgumentException">The domain column is text or has non-integral values.</exception>
    public DomainEstimates MeanBy(string column, string domainColumn)
    {
        var ds = _dataset ?? throw new InvalidOperationException("This design was built from arrays; pass arrays, or build it with SurveyDesign.FromDataset.");
        var (codes, missing, names) = DomainCodes(ds, domainColumn);
        return By(DesignStatistic.Mean, DatasetValues(column), null, codes, missing, column, names, domainColumn, measure: column);
    }

    private double[] DatasetValues(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var ds = _dataset ?? throw new InvalidOperationException("This design was built from arrays; pass arrays, or build it with SurveyDesign.FromDataset.");
        return ds.ValidValues(column);
    }

    internal static (int[] Codes, bool[] Missing, Dictionary<int, string> Names) DomainCodes(SurveyDataset ds, string column)
    {
        var col = ds[column];
        var n = ds.RowCount;
        var codes = new int[n];
        var missing = new bool[n];
        var names = new Dictionary<int, string>();
        switch (col)
        {
            case CodeColumn cc:
                var scale = ds.Instrument is { } ins && ins.HasItem(column) ? ins.ScaleOf(column) : null;
                for (var i = 0; i < n; i++)
                {
                    var c = cc.Codes[i];
                    missing[i] = c == CodeColumn.Empty;
                    codes[i] = c;
                    if (!missing[i] && !names.ContainsKey(c))
                    {
                        names[c] = scale?.Find(c)?.Label ?? c.ToString(CultureInfo.InvariantCulture);
                    }
                }

                break;
            case NumericColumn nc:
                for (var i = 0; i < n; i++)
                {
                    var v = nc[i];
                    missing[i] = double.IsNaN(v);
                    if (!missing[i])
                    {
                        if (v != Math.Floor(v) || Math.Abs(v) > int.MaxValue)
                        {
                            throw new ArgumentException($"Column '{column}', row {i + 1}: value {v.ToString(CultureInfo.InvariantCulture)} is not a whole number; a domain column needs codes.");
                        }

                        codes[i] = (int)v;
                    }
                }

                break;
            case TextColumn tc:
                var map = new SortedDictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < n; i++)
                {
                    if (tc[i] is { } s && !map.ContainsKey(s))
                    {
                        map[s] = 0;
                    }
                }

                var k = 0;
                foreach (var key in map.Keys.ToList())
                {
                    map[key] = k;
                    names[k] = key;
                    k++;
                }

                for (var i = 0; i < n; i++)
                {
                    missing[i] = tc[i] is null;
                    codes[i] = missing[i] ? 0 : map[tc[i]!];
                }

                break;
            default:
                throw new ArgumentException($"Column '{column}' of kind {col.Kind} cannot define domains.");
        }

        return (codes, missing, names);
    }

    private static (int[] Codes, string[]? Names) ReadCodes(SurveyDataset ds, string column)
    {
        if (!ds.HasColumn(column))
        {
            throw new ArgumentException($"The dataset has no design column '{column}'.", nameof(ds));
        }

        var (codes, missing, names) = DomainCodes(ds, column);
        for (var i = 0; i < missing.Length; i++)
        {
            if (missing[i])
            {
                throw new ArgumentException($"Design column '{column}', row {i + 1}: empty; every respondent needs a {column} value for the design.", nameof(ds));
            }
        }

        return (codes, ds[column] is TextColumn ? codes.Select(c => names[c]).ToArray() : null);
    }
}
