using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Reporting;
using Analysenotater.Tables;

namespace Analysenotater.KoRus2017.Layouts;

/// <summary>
/// The KoRus 2017 Vedlegg 3 layout: one row per item; first the number of answers per group (L, M, S), then the mean
/// per group, then for each category the percentage per group. Built on the core's <see cref="FrequencyTable"/> (one
/// per item, kept for programmatic access) and shows only what its disclosure gate releases: n and the mean from
/// the «n and means» level (KoRus 2017: 4–10 answers), percentages only at full release; anything else is «*».
/// </summary>
public sealed class Vedlegg3Table : Result
{
    private Vedlegg3Table(string title, IReadOnlyList<FrequencyTable> items)
    {
        Title = title;
        Items = items;
    }

    /// <summary>The caption.</summary>
    public string Title { get; }

    /// <summary>One frequency table per item, in row order.</summary>
    public IReadOnlyList<FrequencyTable> Items { get; }

    /// <summary>The groups (columns within each block), without <see cref="GroupLabels.Total"/>.</summary>
    public IReadOnlyList<string> Groups => [.. Items[0].Groups.Skip(1)];

    /// <summary>The categories (blocks of columns).</summary>
    public IReadOnlyList<string> Categories => Items[0].Categories;

    /// <summary>The frequency table of an item.</summary>
    /// <exception cref="KeyNotFoundException">The item is not in the table.</exception>
    public FrequencyTable this[string itemId] => Items.FirstOrDefault(t => t.ItemId == itemId)
        ?? throw new KeyNotFoundException($"Item '{itemId}' is not in this table. Items: {string.Join(", ", Items.Select(t => t.ItemId))}.");

    /// <summary>
    /// Builds the layout for several items: per item, n per group, mean per group, then % per category per group.
    /// Defaults: grouped by the dataset's size-group role with the letters L/M/S, answers recoded by
    /// <see cref="Recode.KoRusThreeWay"/>; the disclosure policy of <paramref name="context"/> (default
    /// <see cref="AnalysisContext.Default"/>) applies to every group.
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <param name="itemIds">The items, one row each, in order.</param>
    /// <param name="groupBy">The grouping variable; null = the dataset's size-group role.</param>
    /// <param name="options">Recode, group labels and decimals; null = the KoRus three-way recode and L/M/S letters.</param>
    /// <param name="context">The disclosure policy.</param>
    /// <param name="title">The caption.</param>
    /// <exception cref="ArgumentException">No items, or the dataset has no size-group role and <paramref name="groupBy"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">A column is missing.</exception>
    public static Vedlegg3Table Of(SurveyDataset data, IReadOnlyList<string> itemIds, string? groupBy = null, FrequencyOptions? options = null,
        AnalysisContext? context = null, string title = "Fordelt på kommunestørrelse")
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(itemIds);
        if (itemIds.Count == 0)
        {
            throw new ArgumentException("The Vedlegg 3 layout needs at least one item.", nameof(itemIds));
        }

        groupBy ??= data.Roles.SizeGroup ?? throw new ArgumentException("The dataset has no size-group role; name the grouping variable.", nameof(groupBy));
        options ??= new FrequencyOptions
        {
            Recode = Recode.KoRusThreeWay,
            GroupLabels = groupBy == data.Roles.SizeGroup ? GroupLabels.SizeGroupLetters : null,
        };
        return new Vedlegg3Table(title, [.. itemIds.Select(id => FrequencyTables.By(data, id, groupBy, null, options, context))]);
    }

    /// <summary>The percentage of an item's answers in a group that fall in a category; NaN when hidden.</summary>
    /// <exception cref="KeyNotFoundException">No such item, group or category.</exception>
    public double Percent(string itemId, string group, string category) => this[itemId].Percent(group, category);

    /// <summary>The number of valid answers to an item in a group; null when hidden.</summary>
    /// <exception cref="KeyNotFoundException">No such item or group.</exception>
    public int? ValidN(string itemId, string group) => this[itemId].ValidN(group);

    /// <summary>Every item's notes (denominator, recode, hidden groups tagged with the item), in row order.</summary>
    public override IReadOnlyList<string> Notes =>
        [.. Items.SelectMany(t => t.Notes.Select(n => n.StartsWith(ReportCell.SuppressedMarker, StringComparison.Ordinal) ? $"{n} (spørsmål {t.ItemId})" : n))];

    /// <summary>The layout as a report table: «Antall svar <i>g</i>», «Gjennomsnitt <i>g</i>», then «<i>category</i> <i>g</i> %».</summary>
    public override ReportTable Summary()
    {
        var groups = Groups;
        var headers = new List<string> { "Spørsmål" };
        headers.AddRange(groups.Select(g => $"Antall svar {g}"));
        headers.AddRange(groups.Select(g => $"Gjennomsnitt {g}"));
        foreach (var c in Categories)
        {
            headers.AddRange(groups.Select(g => $"{c} {g} %"));
        }

        var b = new ReportTableBuilder(Title, [.. headers]);
        foreach (var t in Items)
        {
            var cells = new List<ReportCell> { ReportCell.FromText(t.ItemText) };
            cells.AddRange(groups.Select(g => t.DenominatorN(g) is { } n ? ReportCell.FromCount(n) : ReportCell.Suppressed));
            cells.AddRange(groups.Select(g => t.Mean(g) is var m && !double.IsNaN(m) ? ReportCell.FromNumber(m, 1) : ReportCell.Suppressed));
            foreach (var c in Categories)
            {
                cells.AddRange(groups.Select(g => t.PercentCell(g, c)));
            }

            b.Row([.. cells]);
        }

        foreach (var n in Notes)
        {
            b.Note(n);
        }

        return b.Build();
    }
}
