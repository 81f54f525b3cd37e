using System.Text.Json;

namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>execute_result</c> (iopub): the value of the cell's last expression.</summary>
/// <param name="ExecutionCount">The cell's execution count.</param>
/// <param name="Data">MIME bundle: MIME type → representation (a string, or a JSON object for <c>*json</c> types).</param>
/// <param name="Metadata">Per-MIME metadata; empty.</param>
public sealed record ExecuteResult(int ExecutionCount, IReadOnlyDictionary<string, JsonElement> Data, IReadOnlyDictionary<string, JsonElement> Metadata);
