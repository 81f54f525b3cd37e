using Analysenotater.Disclosure;
using Analysenotater.Reporting;

namespace Analysenotater.Tables;

/// <summary>
/// The KoRus 2017 Vedlegg 3 layout: one row per item; first the number of answers per group (L, M, S), then for each
/// category the percentage per group. Holds one <see cref="FrequencyTable"/> per item for programmatic access.
/// </summary>
public sealed class Vedlegg3Table : Result
{
    internal Vedlegg3Table(string title, IReadOnlyList<FrequencyTable> items)
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

    /// <summary>The percentage of an item's answers in a group that fall in a category; NaN when hidden.</summary>
    public double Percent(string itemId, string group, string category) => this[itemId].Percent(group, category);

    /// <summary>The number of valid answers to an item in a group; null when hidden.</summary>
    public int? ValidN(string itemId, string group) => this[itemId].ValidN(group);

    /// <summary>The layout as a report table.</summary>
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
            for (var g = 1; g <= groups.Count; g++)
            {
                cells.Add(t.LevelAt(g) != DisclosureLevel.Nothing ? ReportCell.FromCount(t.RawDenominator(g)) : ReportCell.Suppressed);
            }

            // The mean (1–5) from «n and means» level: KoRus Vedlegg 3 shows it for groups of 4–10 answers.
            for (var g = 1; g <= groups.Count; g++)
            {
                cells.Add(t.LevelAt(g) != DisclosureLevel.Nothing && !double.IsNaN(t.RawMean(g)) ? ReportCell.FromNumber(t.RawMean(g), 1) : ReportCell.Suppressed);
            }

            for (var c = 0; c < Categories.Count; c++)
            {
                for (var g = 1; g <= groups.Count; g++)
                {
                    cells.Add(t.LevelAt(g) == DisclosureLevel.Full && t.RawDenominator(g) > 0
                        ? ReportCell.ReleasedPercent(t.RawPercent(g, c), t.Options.Decimals, t.Disclosure)
                        : ReportCell.Suppressed);
                }
            }

            b.Row([.. cells]);
        }

        foreach (var t in Items)
        {
            foreach (var n in t.Notes)
            {
                b.Note(n.StartsWith(ReportCell.SuppressedMarker, StringComparison.Ordinal) ? $"{n} (spørsmål {t.ItemId})" : n);
            }
        }

        return b.Build();
    }
}
