namespace Analysenotater.Plotting.Groups;

/// <summary>One group's bars (for example «Liten» across items): a value and its n per category; a null value is withheld by disclosure control and not drawn.</summary>
/// <param name="Name">The group name shown in the legend.</param>
/// <param name="Values">One value per category (percent or mean), or null when withheld.</param>
/// <param name="N">The number of answers behind each value.</param>
public sealed record BarSeries(string Name, IReadOnlyList<double?> Values, IReadOnlyList<int> N)
{
    /// <summary>A group's bars from plain numbers, as tables give them: NaN (a withheld or empty cell) is not drawn.
    /// <c>new BarSeries(g, [.. tabell.Categories.Select(k => tabell.Percent(g, k))], …)</c> needs no <c>(double?)</c> cast.</summary>
    /// <param name="name">The group name shown in the legend.</param>
    /// <param name="values">One value per category (percent or mean); NaN = withheld.</param>
    /// <param name="n">The number of answers behind each value.</param>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public BarSeries(string name, IReadOnlyList<double> values, IReadOnlyList<int> n)
        : this(name, ToNullable(values), n)
    {
    }

    private static List<double?> ToNullable(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return [.. values.Select(v => double.IsNaN(v) ? (double?)null : v)];
    }
}
