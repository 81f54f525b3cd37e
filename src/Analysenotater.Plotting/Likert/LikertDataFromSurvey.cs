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
                rows.Add(new LikertItem(rowLabel, t.ValidN(g) ?? 0, t.IsSuppressed(g) ? null : [.. categories.Select(c => t.Percent(g, c))]));
            }
        }

        var policy = (context ?? AnalysisContext.Default).Disclosure;
        var chartTitle = title ?? (items.Count == 1 ? ItemLabel(data, tables[0]) : "Andel av gyldige svar");
        return new LikertChartData(chartTitle, categories, rows) { SuppressionReason = policy.Description };
    }

    private static string ItemLabel(SurveyDataset data, FrequencyTable t)
        => data.Instrument is { } instrument && instrument.HasItem(t.ItemId) ? instrument.GetItem(t.ItemId).DisplayLabel
            : t.ItemText.Length > 0 ? t.ItemText : t.ItemId;
}
