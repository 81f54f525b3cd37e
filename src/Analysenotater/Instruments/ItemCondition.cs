namespace Analysenotater.Instruments;

/// <summary>A filter that limits who should answer an item, for example "only if you have an individual plan".</summary>
/// <param name="Text">The condition as printed or paraphrased (Norwegian).</param>
/// <param name="ItemId">The item the condition depends on, or null when it is only descriptive.</param>
/// <param name="Codes">The codes of <paramref name="ItemId"/> that make the item applicable.</param>
public sealed record ItemCondition(string Text, string? ItemId = null, IReadOnlyList<int>? Codes = null);
