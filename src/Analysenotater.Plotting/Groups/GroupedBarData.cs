namespace Analysenotater.Plotting.Groups;

/// <summary>The input of a grouped bar chart: categories on the axis and one series per group.</summary>
/// <param name="Title">Chart title.</param>
/// <param name="Categories">Category (item) labels along the axis.</param>
/// <param name="Series">One series per group (size group, gender …).</param>
/// <param name="ValueLabel">Axis title for the values, for example "Andel i stor/svært stor grad (%)".</param>
public sealed record GroupedBarData(string Title, IReadOnlyList<string> Categories, IReadOnlyList<BarSeries> Series, string ValueLabel)
{
    /// <summary>True when values are percentages (0–100); drawn with a « %» suffix.</summary>
    public bool IsPercent { get; init; } = true;

    /// <summary>Why withheld values are missing (printed under the chart).</summary>
    public string SuppressionReason { get; init; } = "for få svar";
}
