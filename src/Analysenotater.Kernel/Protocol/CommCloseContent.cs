using System.Text.Json;

namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>comm_close</c> (iopub): the kernel refuses a <c>comm_open</c> for an unknown target.</summary>
/// <param name="CommId">The id of the comm being closed.</param>
/// <param name="Data">Extra data; empty.</param>
public sealed record CommCloseContent(string CommId, IReadOnlyDictionary<string, JsonElement> Data);
