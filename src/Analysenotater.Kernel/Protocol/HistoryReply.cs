using System.Text.Json;

namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>history_reply</c>: the entries of this kernel session (none are kept across kernel processes).</summary>
/// <param name="Status">Always <c>ok</c>.</param>
/// <param name="History">History entries <c>[session, line, input]</c>, oldest first.</param>
public sealed record HistoryReply(string Status, IReadOnlyList<JsonElement> History);
