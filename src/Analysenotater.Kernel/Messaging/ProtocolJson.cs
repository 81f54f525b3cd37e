using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analysenotater.Kernel.Messaging;

/// <summary>
/// The JSON settings of the wire format: snake_case property names, dictionary keys (MIME types) unchanged,
/// nulls written, no indentation. Frozen: shared and read-only.
/// </summary>
public static class ProtocolJson
{
    /// <summary>Gets the serializer options used for every header, metadata and content object.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Gets the UTF-8 bytes of an empty JSON object, <c>{}</c>.</summary>
    public static ReadOnlySpan<byte> EmptyObject => "{}"u8;

    /// <summary>Gets an empty JSON object as an element.</summary>
    public static JsonElement EmptyObjectElement { get; } = JsonDocument.Parse("{}").RootElement.Clone();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
