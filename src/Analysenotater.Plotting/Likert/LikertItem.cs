namespace Analysenotater.Plotting.Likert;

/// <summary>One item (one bar) of a Likert chart.</summary>
/// <param name="Label">The item text shown on the axis.</param>
/// <param name="N">Valid answers behind the percentages.</param>
/// <param name="Percents">Percent of valid answers per category (0–100, scale order), or null when disclosure control withheld the item; a withheld item is not drawn.</param>
public sealed record LikertItem(string Label, int N, IReadOnlyList<double>? Percents)
{
    /// <summary>True when the item was withheld by disclosure control.</summary>
    public bool IsSuppressed => Percents is null;
}
