using System.Globalization;
using Analysenotater.Data;

namespace Analysenotater.Tables;

/// <summary>Assigns every respondent to a group of one or two grouping variables; −1 when a grouping value is missing.</summary>
internal sealed class GroupAssignment
{
    private GroupAssignment(IReadOnlyList<string> labels, int[] groupOf, int missing, string description)
    {
        Labels = labels;
        GroupOf = groupOf;
        MissingCount = missing;
        Description = description;
    }

    public IReadOnlyList<string> Labels { get; }

    public int[] GroupOf { get; }

    public int MissingCount { get; }

    public string Description { get; }

    /// <summary>For two grouping variables: each variable's labels and per-row key (−1 = missing); null for one.</summary>
    public (IReadOnlyList<string> Labels, int[] KeyOf)? First { get; private init; }

    /// <summary>The second variable's labels and per-row key (−1 = missing); null for one variable.</summary>
    public (IReadOnlyList<string> Labels, int[] KeyOf)? Second { get; private init; }

    public static GroupAssignment None(int rows) => new([], Enumerable.Repeat(-1, rows).ToArray(), 0, "");

    /// <summary>
    /// The assignment for a dataset, grouping variables and labels, cached per dataset (datasets are immutable), so
    /// tabulating many items by the same grouping computes the grouping once.
    /// </summary>
    public static GroupAssignment Cached(SurveyDataset data, string first, string? second, FrequencyOptions options)
    {
        var key = (first, second, options.GroupLabels, options.SecondGroupLabels);
        var entries = Cache.GetOrCreateValue(data);
        lock (entries)
        {
            foreach (var (k, ga) in entries)
            {
                if (k.first == key.first && k.second == key.second && ReferenceEquals(k.GroupLabels, key.GroupLabels) && ReferenceEquals(k.SecondGroupLabels, key.SecondGroupLabels))
                {
                    return ga;
                }
            }
        }

        var built = Build(data, first, second, options);
        lock (entries)
        {
            if (entries.Count >= 8)
            {
                entries.RemoveAt(0);
            }

            entries.Add((key, built));
        }

        return built;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SurveyDataset,
        List<((string first, string? second, IReadOnlyDictionary<int, string>? GroupLabels, IReadOnlyDictionary<int, string>? SecondGroupLabels), GroupAssignment)>> Cache = new();

    public static GroupAssignment Build(SurveyDataset data, string first, string? second, FrequencyOptions options)
    {
        var a = Keys(data, first, options.GroupLabels);
        if (second is null)
        {
            return new GroupAssignment([.. a.Labels], a.KeyOf, CountMissing(a.KeyOf), first);
        }

        var b = Keys(data, second, options.SecondGroupLabels);
        var labels = new List<string>();
        for (var i = 0; i < a.Labels.Count; i++)
        {
            for (var j = 0; j < b.Labels.Count; j++)
            {
                labels.Add(a.Labels[i] + " – " + b.Labels[j]);
            }
        }

        var groupOf = new int[data.RowCount];
        var missing = 0;
        for (var r = 0; r < groupOf.Length; r++)
        {
            groupOf[r] = a.KeyOf[r] < 0 || b.KeyOf[r] < 0 ? -1 : (a.KeyOf[r] * b.Labels.Count) + b.KeyOf[r];
            if (groupOf[r] < 0)
            {
                missing++;
            }
        }

        return new GroupAssignment(labels, groupOf, missing, first + " × " + second) { First = (a.Labels, a.KeyOf), Second = (b.Labels, b.KeyOf) };
    }

    private static (List<string> Labels, int[] KeyOf) Keys(SurveyDataset data, string variable, IReadOnlyDictionary<int, string>? labels)
    {
        var col = data[variable];
        var keyOf = new int[data.RowCount];
        if (col is TextColumn tc)
        {
            var distinct = Enumerable.Range(0, tc.Count).Select(i => tc[i]).Where(s => s is not null).Select(s => s!).Distinct().Order(StringComparer.Ordinal).ToList();
            for (var r = 0; r < keyOf.Length; r++)
            {
                keyOf[r] = tc[r] is { } s ? distinct.IndexOf(s) : -1;
            }

            return (distinct, keyOf);
        }

        // Grouping by an item: its missing codes («ikke aktuelt» …) are not groups. ValidValues returns a fresh array.
        var values = data.ValidValues(variable);

        // Distinct values in one pass: small integer codes (the usual case) through a presence table, others through a set.
        const int Offset = 1024;
        var present = new bool[2 * Offset];
        var others = new HashSet<double>();
        foreach (var x in values)
        {
            if (double.IsNaN(x))
            {
                continue;
            }

            var k = (int)x + Offset;
            if (x == Math.Floor(x) && k is >= 0 and < 2 * Offset)
            {
                present[k] = true;
            }
            else
            {
                others.Add(x);
            }
        }

        var codes = others.Concat(Enumerable.Range(0, 2 * Offset).Where(k => present[k]).Select(k => (double)(k - Offset))).Order().ToList();
        foreach (var c in codes)
        {
            if (c != Math.Floor(c))
            {
                throw new ArgumentException($"Cannot group by '{variable}': value {c.ToString(CultureInfo.InvariantCulture)} is not an integer code.", nameof(variable));
            }
        }

        labels ??= DefaultLabels(data, variable);
        if (labels is not null)
        {
            // Labelled codes come in label order (so every labelled group appears, even when empty); others after.
            var ordered = labels.Keys.Select(k => (double)k).Concat(codes.Where(c => !labels.ContainsKey((int)c))).ToList();
            codes = ordered;
        }

        var indexOf = new Dictionary<double, int>();
        for (var i = codes.Count - 1; i >= 0; i--)
        {
            indexOf[codes[i]] = i; // the first position when a labelled code repeats, as List.IndexOf
        }

        var small = new int[2 * Offset];
        Array.Fill(small, -1);
        foreach (var (code, index) in indexOf)
        {
            if (code == Math.Floor(code) && (int)code + Offset is >= 0 and < 2 * Offset)
            {
                small[(int)code + Offset] = index;
            }
        }

        for (var r = 0; r < keyOf.Length; r++)
        {
            var x = values[r];
            var k = (int)x + Offset;
            keyOf[r] = double.IsNaN(x) ? -1
                : x == Math.Floor(x) && k is >= 0 and < 2 * Offset ? small[k]
                : indexOf.GetValueOrDefault(x, -1);
        }

        var names = codes.Select(c => labels is not null && labels.TryGetValue((int)c, out var l) ? l : c.ToString(CultureInfo.InvariantCulture)).ToList();
        return (names, keyOf);
    }

    private static int CountMissing(int[] keyOf)
    {
        var n = 0;
        foreach (var k in keyOf)
        {
            if (k < 0)
            {
                n++;
            }
        }

        return n;
    }

    private static IReadOnlyDictionary<int, string>? DefaultLabels(SurveyDataset data, string variable)
    {
        if (data.Roles.LabelsOf(variable) is { } studyLabels)
        {
            return studyLabels;
        }

        if (data.Instrument is { } ins && ins.HasItem(variable) && ins.ScaleOf(variable) is { } scale)
        {
            return scale.ValidOptions.ToDictionary(o => o.Code, o => o.Label);
        }

        if (string.Equals(variable, data.Roles.SizeGroup, StringComparison.Ordinal))
        {
            return GroupLabels.SizeGroup;
        }

        if (string.Equals(variable, data.Roles.Gender, StringComparison.Ordinal))
        {
            return GroupLabels.Gender;
        }

        return null;
    }
}
