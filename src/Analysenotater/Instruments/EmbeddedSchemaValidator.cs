using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Json.Schema;

namespace Analysenotater.Instruments;

/// <summary>
/// Validates a JSON document against one of the library's embedded JSON Schemas (draft 2020-12) with JsonSchema.Net,
/// and turns each failure into an <see cref="InstrumentProblem"/> with a <c>$.a[0].b</c> path and a message that
/// names the value found (an instrument code written <c>"1"</c> is reported as «must be an integer; found the text "1"»).
/// </summary>
internal static class EmbeddedSchemaValidator
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    /// <summary>Every schema problem of <paramref name="root"/> against the embedded schema <paramref name="schemaFileName"/>, deepest first per location.</summary>
    public static List<InstrumentProblem> Validate(JsonElement root, string schemaFileName)
    {
        var schema = Schemas.GetOrAdd(schemaFileName, name =>
            JsonSchema.FromText(KnownInstruments.ReadEmbeddedText(name), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
        var results = schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var problems = new List<InstrumentProblem>();
        if (results.IsValid)
        {
            return problems;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var detail in (results.Details ?? []).Prepend(results))
        {
            if (detail.Errors is not { Count: > 0 } errors)
            {
                continue;
            }

            var pointer = detail.InstanceLocation.ToString();
            var path = ToPath(pointer);
            var value = Resolve(root, pointer);
            foreach (var (keyword, message) in errors)
            {
                var text = Explain(keyword, message, value);
                if (text is not null && seen.Add(path + "|" + text))
                {
                    problems.Add(new InstrumentProblem(path, text));
                }
            }
        }

        // A property that the schema forbids shows up as a failure of "false"; say what it is.
        return [.. problems.OrderBy(p => p.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The schema's problems together with a reader's own (cross-reference) problems, in document order. Where the
    /// reader already reported a path (or a path below it), its more specific message is kept and the schema's dropped.
    /// </summary>
    public static List<InstrumentProblem> Merge(JsonElement root, string schemaFileName, IReadOnlyList<InstrumentProblem> readerProblems)
    {
        var schemaProblems = Validate(root, schemaFileName)
            .Where(p => !readerProblems.Any(r => r.Path == p.Path || r.Path.StartsWith(p.Path + ".", StringComparison.Ordinal) || r.Path.StartsWith(p.Path + "[", StringComparison.Ordinal)))
            .Select(p => p.Message.StartsWith("unknown property", StringComparison.Ordinal) ? p with { Message = $"unknown property (check the spelling against {schemaFileName})" } : p);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        Walk(root, "$", order);
        return [.. readerProblems.Concat(schemaProblems)
            .Select((p, i) => (p, i))
            .OrderBy(x => order.TryGetValue(x.p.Path, out var o) ? o : OrderOfParent(x.p.Path, order))
            .ThenBy(x => x.i)
            .Select(x => x.p)];
    }

    private static int OrderOfParent(string path, Dictionary<string, int> order)
    {
        while (path.Length > 1)
        {
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                break;
            }

            path = path[..cut];
            if (order.TryGetValue(path, out var o))
            {
                return o;
            }
        }

        return int.MaxValue;
    }

    private static void Walk(JsonElement el, string path, Dictionary<string, int> order)
    {
        order.TryAdd(path, order.Count);
        if (el.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in el.EnumerateObject())
            {
                Walk(p.Value, path + "." + p.Name, order);
            }
        }
        else if (el.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in el.EnumerateArray())
            {
                Walk(item, path + "[" + (i++).ToString(CultureInfo.InvariantCulture) + "]", order);
            }
        }
    }

    private static string? Explain(string keyword, string message, JsonElement? value)
    {
        var found = value is { } v ? Describe(v) : "nothing";
        if (message.Contains("false schema", StringComparison.Ordinal))
        {
            return "unknown property (check the spelling against the schema)";
        }

        return keyword switch
        {
            "type" => $"{message.Replace("Value is", "found", StringComparison.Ordinal)}; found {found}",
            "const" => $"{message}; found {found}",
            "enum" => $"{message}; found {found}",
            "required" => message,
            "additionalProperties" or "unevaluatedProperties" or "false" => "unknown property (check the spelling against the schema)",
            "minLength" or "minItems" or "minimum" or "maximum" or "pattern" or "uniqueItems" or "minProperties" => $"{message}; found {found}",
            // Aggregating keywords repeat what their sub-schemas already said.
            "anyOf" or "oneOf" or "allOf" or "$ref" or "items" or "properties" or "prefixItems" or "patternProperties" => null,
            _ => message,
        };
    }

    private static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => $"the text \"{v.GetString()}\"",
        JsonValueKind.Number => "the number " + v.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => "the boolean " + v.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => $"an array of {v.GetArrayLength().ToString(CultureInfo.InvariantCulture)}",
        _ => "an object",
    };

    private static string ToPath(string pointer)
    {
        if (pointer.Length == 0 || pointer == "#")
        {
            return "$";
        }

        var sb = new System.Text.StringBuilder("$");
        foreach (var raw in pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var part = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            sb.Append(int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? "[" + part + "]" : "." + part);
        }

        return sb.ToString();
    }

    private static JsonElement? Resolve(JsonElement root, string pointer)
    {
        var current = root;
        foreach (var raw in pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var part = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(part, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < current.GetArrayLength())
            {
                current = current[i];
            }
            else
            {
                return null;
            }
        }

        return current;
    }
}
