using System.Text.Json;

namespace Analysenotater.Kernel;

/// <summary>Turns MIME bundles of strings into wire JSON: <c>*json</c> types become JSON values when they parse.</summary>
internal static class MimeBundleJson
{
    public static IReadOnlyDictionary<string, JsonElement> Empty { get; } = new Dictionary<string, JsonElement>();

    public static IReadOnlyDictionary<string, JsonElement> From(IReadOnlyDictionary<string, string> data)
    {
        var result = new Dictionary<string, JsonElement>(data.Count, StringComparer.Ordinal);
        foreach (var (mimeType, value) in data)
        {
            result[mimeType] = IsJsonType(mimeType) && TryParse(value, out var parsed) ? parsed : JsonSerializer.SerializeToElement(value);
        }

        return result;
    }

    private static bool IsJsonType(string mimeType) => mimeType.EndsWith("json", StringComparison.OrdinalIgnoreCase);

    private static bool TryParse(string value, out JsonElement element)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            element = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            element = default;
            return false;
        }
    }
}
