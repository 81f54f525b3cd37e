namespace Analysenotater.Plotting.Groups;

/// <summary>One group's bars (for example «Liten» across items): a value and its n per category; a null value is withheld by disclosure control and not drawn.</summary>
/// <param name="Name">The group name shown in the legend.</param>
/// <param name="Values">One value per category (percent or mean), or null when withheld.</param>
/// <param name="N">The number of answers behind each value.</param>
public sealed record BarSeries(string Name, IReadOnlyList<double?> Values, IReadOnlyList<int> N);
