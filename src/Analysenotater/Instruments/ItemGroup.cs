namespace Analysenotater.Instruments;

/// <summary>A named group of items: a questionnaire section or a dimension (for example KS «Tilgjengelighet»).</summary>
/// <param name="Id">A stable id.</param>
/// <param name="Name">The Norwegian name as printed.</param>
/// <param name="ItemIds">The items in the group, in order.</param>
public sealed record ItemGroup(string Id, string Name, IReadOnlyList<string> ItemIds);
