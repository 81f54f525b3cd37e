namespace Analysenotater.Instruments;

/// <summary>An indicator (a scale score) defined as data: its items and the name of its scoring rule.</summary>
/// <param name="Id">A stable id (for example <c>ind_samlet</c>).</param>
/// <param name="Name">The Norwegian name as printed.</param>
/// <param name="ItemIds">The items that make up the indicator.</param>
/// <param name="Rule">The id of the scoring rule (see <c>Analysenotater.Scoring.ScoringRules</c>), for example <c>korus-sum-max-prorated</c>.</param>
public sealed record IndicatorDefinition(string Id, string Name, IReadOnlyList<string> ItemIds, string Rule)
{
    /// <summary>Published reliability or other reference values, for documentation only (for example Cronbach's alpha .903).</summary>
    public double? PublishedAlpha { get; init; }
}
