using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Tables;

namespace Analysenotater.Plotting.Likert;

/// <summary>
/// Builds <see cref="LikertChartData"/> straight from a dataset: one frequency table per item (disclosure control of the
/// analysis context, default the library's), labelled with the instrument's item labels, one bar per item
/// or, with <c>by</c>, one bar per item and group («Tilgjengelighet – Kvinne»).
/// </summary>
internal static class LikertDataFromSurvey
{
    public static LikertChartData Build(SurveyDataset data, IReadOnlyList<string> items, string? by, string? title, FrequencyOptions? options, AnalysisContext? context)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            throw new ArgumentException("A Likert chart needs at least one item.", nameof(items));
        }

        var tables = items.Select(id => data.Frequencies(id, by: by, options: options, context: context)).ToList();
        var categories = tables[0].Categories;
        foreach (var t in tables.Skip(1))
        {
            if (!t.Categories.SequenceEqual(categories))
            {
                throw new ArgumentException($"Item '{t.ItemId}' has the categories {string.Join(", ", t.Categories)}; '{tables[0].ItemId}' has {string.Join(", ", categories)}. A Likert chart needs one scale.", nameof(items));
            }
        }

        var rows = new List<LikertItem>();
        foreach (var t in tables)
        {
            var label = ItemLabel(data, t);
            var groups = by is null ? [t.Groups[0]] : t.Groups.Where(g => g != t.Groups[0]).ToList();
            foreach (var g in groups)
            {
                var rowLabel = by is null ? label : $"{label} – {g}";
                rows.Add(Row(t, rowLabel, g));
            }
        }

        var policy = (context ?? AnalysisContext.Default).Disclosure;
        var chartTitle = title ?? (items.Count == 1 ? ItemLabel(data, tables[0]) : "Andel av gyldige svar");
        return new LikertChartData(chartTitle, categories, rows) { SuppressionReason = policy.Description };
    }

    /// <summary>One bar per released table: the percentages of <paramref name="group"/> when the table releases them, else a withheld row.</summary>
    public static LikertChartData FromTables(IReadOnlyList<FrequencyTable> tables, string title, IReadOnlyList<string>? labels, string group)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(group);
        if (tables.Count == 0)
        {
            throw new ArgumentException("A Likert chart needs at least one table.", nameof(tables));
        }

        if (labels is not null && labels.Count != tables.Count)
        {
            throw new ArgumentException($"{labels.Count} labels were given for {tables.Count} tables.", nameof(labels));
        }

        var categories = tables[0].Categories;
        foreach (var t in tables.Skip(1))
        {
            if (!t.Categories.SequenceEqual(categories))
            {
                throw new ArgumentException($"Item '{t.ItemId}' has the categories {string.Join(", ", t.Categories)}; '{tables[0].ItemId}' has {string.Join(", ", categories)}. A Likert chart needs one scale.", nameof(tables));
            }
        }

        var rows = tables.Select((t, i) => Row(t, labels?[i] ?? (t.ItemText.Length > 0 ? t.ItemText : t.ItemId), group)).ToList();
        var reasons = tables.Select(t => t.Disclosure.Description).Distinct().ToList();
        return new LikertChartData(title, categories, rows) { SuppressionReason = string.Join("; ", reasons) };
    }

    /// <summary>
    /// One bar from a released table: drawn only when every category of the group is released; the n only when the
    /// group's n is released. Anything else is a withheld row (no number at all).
    /// </summary>
    internal static LikertItem Row(FrequencyTable t, string label, string group)
    {
        var released = t.Level(group) == DisclosureLevel.Full && t.Categories.All(c => t.State(group, c) == CellState.Released && !double.IsNaN(t.Percent(group, c)));
        return released ? new LikertItem(label, t.ValidN(group) ?? 0, [.. t.Categories.Select(c => t.Percent(group, c))]) : new LikertItem(label, 0, null);
    }

    private static string ItemLabel(SurveyDataset data, FrequencyTable t)
        => data.Instrument is { } instrument && instrument.HasItem(t.ItemId) ? instrument.GetItem(t.ItemId).DisplayLabel
            : t.ItemText.Length > 0 ? t.ItemText : t.ItemId;
}
