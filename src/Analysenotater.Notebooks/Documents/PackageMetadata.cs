using System.Text.Json.Nodes;
using Analysenotater.Notebooks.Packages;

namespace Analysenotater.Notebooks.Documents;

/// <summary>
/// Records the packages a run restored in the notebook's metadata, under <c>analysenotater.packages</c>: one entry
/// per package with <c>id</c>, <c>version</c>, <c>source</c> and <c>requested</c> (false for dependencies), and <c>sideBySide: true</c> for another
/// version of a package the engine carries that the session loaded beside the engine's copy, so a
/// reader sees which versions produced the outputs.
/// </summary>
public static class PackageMetadata
{
    /// <summary>The notebook metadata <paramref name="metadataJson"/> with the package list set (other keys unchanged).</summary>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="System.Text.Json.JsonException">The metadata is not a JSON object.</exception>
    public static string Write(string metadataJson, IReadOnlyList<RestoredPackage> packages)
    {
        ArgumentNullException.ThrowIfNull(metadataJson);
        ArgumentNullException.ThrowIfNull(packages);
        var root = JsonNode.Parse(metadataJson) as JsonObject ?? throw new System.Text.Json.JsonException("The notebook metadata is not a JSON object.");
        var section = root["analysenotater"] as JsonObject ?? new JsonObject();
        var list = new JsonArray();
        foreach (var p in packages)
        {
            var entry = new JsonObject { ["id"] = p.Id, ["version"] = p.Version, ["source"] = p.Source, ["requested"] = p.Requested };
            if (p.SideBySide)
            {
                entry["sideBySide"] = true;
            }

            list.Add(entry);
        }

        section["packages"] = list;
        root["analysenotater"] = section;
        return root.ToJsonString();
    }
}
