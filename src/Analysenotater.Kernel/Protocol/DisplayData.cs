using System.Text.Json;

namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>display_data</c> (iopub): a rich output shown by a <c>display(…)</c> call.</summary>
/// <param name="Data">MIME bundle: MIME type → representation (a string, or a JSON object for <c>*json</c> types).</param>
/// <param name="Metadata">Per-MIME metadata; empty.</param>
/// <param name="Transient">Transient data such as a <c>display_id</c>; empty.</param>
public sealed record DisplayData(IReadOnlyDictionary<string, JsonElement> Data, IReadOnlyDictionary<string, JsonElement> Metadata, IReadOnlyDictionary<string, JsonElement> Transient);
