using System.Text.Json;

namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>inspect_reply</c>.</summary>
/// <param name="Status">Always <c>ok</c>.</param>
/// <param name="Found">Whether a symbol was found at the cursor.</param>
/// <param name="Data">MIME bundle with the signature and documentation; empty when not found.</param>
/// <param name="Metadata">Empty.</param>
public sealed record InspectReply(string Status, bool Found, IReadOnlyDictionary<string, JsonElement> Data, IReadOnlyDictionary<string, JsonElement> Metadata);
