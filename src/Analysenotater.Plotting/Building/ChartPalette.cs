namespace Analysenotater.Plotting.Building;

/// <summary>Colours used by the chart builders: a colour-blind-safe diverging palette for ordered answer scales and a qualitative one for groups.</summary>
public static class ChartPalette
{
    /// <summary>Diverging colours from the most negative to the most positive answer (red → grey → blue), for up to 7 categories.</summary>
    public static IReadOnlyList<string> Diverging(int categories) => categories switch
    {
        <= 1 => ["#4575b4"],
        2 => ["#d73027", "#4575b4"],
        3 => ["#d73027", "#bdbdbd", "#4575b4"],
        4 => ["#d73027", "#fc8d59", "#91bfdb", "#4575b4"],
        5 => ["#d73027", "#fc8d59", "#bdbdbd", "#91bfdb", "#4575b4"],
        6 => ["#d73027", "#f46d43", "#fdae61", "#abd9e9", "#74add1", "#4575b4"],
        _ => ["#d73027", "#f46d43", "#fdae61", "#bdbdbd", "#abd9e9", "#74add1", "#4575b4"],
    };

    /// <summary>Qualitative colours for groups (size groups, genders, methods), in order.</summary>
    public static IReadOnlyList<string> Groups { get; } = ["#1b6ca8", "#e07b39", "#3a9d5d", "#8e5ea2", "#c9473f", "#7f7f7f"];
}
