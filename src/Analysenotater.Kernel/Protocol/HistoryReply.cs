using System.Text.Json;

namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>history_reply</c>; this kernel keeps no history across sessions, so it is empty.</summary>
/// <param name="Status">Always <c>ok</c>.</param>
/// <param name="History">History entries; empty.</param>
public sealed record HistoryReply(string Status, IReadOnlyList<JsonElement> History);
