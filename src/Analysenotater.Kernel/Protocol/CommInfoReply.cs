using System.Text.Json;

namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>comm_info_reply</c>; this kernel has no comms, so <c>comms</c> is empty.</summary>
/// <param name="Status">Always <c>ok</c>.</param>
/// <param name="Comms">Open comms by id; empty.</param>
public sealed record CommInfoReply(string Status, IReadOnlyDictionary<string, JsonElement> Comms);
