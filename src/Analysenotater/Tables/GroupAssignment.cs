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

    public static GroupAssignment None(int rows) => new([], Enumerable.Repeat(-1, rows).ToArray(), 0, "");

    public static GroupAssignment Build(SurveyDataset data, string first, string? second, FrequencyOptions options)
    {
        var a = Keys(data, first, options.GroupLabels);
        if (second is null)
        {
            return new GroupAssignment([.. a.Labels], a.KeyOf, a.KeyOf.Count(k => k < 0), first);
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

        return new GroupAssignment(labels, groupOf, missing, first + " × " + second);
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

        var values = new double[data.RowCount];
        // Grouping by an item: its missing codes («ikke aktuelt» …) are not groups.
        data.ValidValues(variable).CopyTo(values, 0);

        var codes = values.Where(x => !double.IsNaN(x)).Distinct().Order().ToList();
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

        for (var r = 0; r < keyOf.Length; r++)
        {
            keyOf[r] = double.IsNaN(values[r]) ? -1 : codes.IndexOf(values[r]);
        }

        var names = codes.Select(c => labels is not null && labels.TryGetValue((int)c, out var l) ? l : c.ToString(CultureInfo.InvariantCulture)).ToList();
        return (names, keyOf);
    }

    private static IReadOnlyDictionary<int, string>? DefaultLabels(SurveyDataset data, string variable)
    {
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
