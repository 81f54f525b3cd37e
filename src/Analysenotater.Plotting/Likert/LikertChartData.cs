namespace Analysenotater.Plotting.Likert;

/// <summary>The input of a Likert chart: ordered answer categories and one row of percentages per item.</summary>
/// <param name="Title">Chart title (Norwegian).</param>
/// <param name="Categories">Category labels from the most negative to the most positive answer.</param>
/// <param name="Items">The items, top to bottom.</param>
public sealed record LikertChartData(string Title, IReadOnlyList<string> Categories, IReadOnlyList<LikertItem> Items)
{
    /// <summary>The index of the first positive category (the "top box" starts here). Default: the upper half of the scale; for an odd number of categories the middle one is neutral.</summary>
    public int? FirstPositive { get; init; }

    /// <summary>Why withheld items are missing, printed under the chart (for example "færre enn 4 svar").</summary>
    public string SuppressionReason { get; init; } = "for få svar";

    /// <summary>The effective first positive category index.</summary>
    public int PositiveStart => FirstPositive ?? ((Categories.Count + 1) / 2);

    /// <summary>True when the scale has a neutral middle category (odd count and no explicit <see cref="FirstPositive"/>).</summary>
    public bool HasNeutral => FirstPositive is null && Categories.Count % 2 == 1;

    /// <summary>The top-box share of an item (sum of the positive categories); NaN for a withheld item.</summary>
    public double TopBox(LikertItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Percents is null ? double.NaN : item.Percents.Skip(PositiveStart).Sum();
    }
}
