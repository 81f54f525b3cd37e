using System.Text.Json;

namespace Analysenotater.Instruments;

/// <summary>
/// Reads instruments from the versioned JSON format described by <c>instrument.schema.json</c>
/// (format <c>analysenotater-instrument</c>, formatVersion 1). Loading validates the whole document and reports
/// every problem with its JSON path; nothing is silently ignored (unknown properties are problems too).
/// </summary>
public static class InstrumentLoader
{
    /// <summary>The format version this loader reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>Loads and validates an instrument from a JSON file on disk.</summary>
    /// <exception cref="InstrumentLoadException">The document is not a valid instrument; every problem is listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Instrument LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and validates an instrument from JSON text. <paramref name="sourceName"/> names it in messages.</summary>
    /// <exception cref="InstrumentLoadException">The document is not a valid instrument; every problem is listed.</exception>
    public static Instrument Parse(string json, string sourceName = "<text>")
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new List<InstrumentProblem>();
        Instrument? result = null;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
            // Structure (types, required and unknown properties, enums) is checked against the embedded schema with
            // JsonSchema.Net; the reader then checks what a schema cannot say (cross-references, unique ids and codes).
            var readerProblems = new List<InstrumentProblem>();
            result = new Reader(readerProblems).ReadInstrument(doc.RootElement);
            problems.AddRange(EmbeddedSchemaValidator.Merge(doc.RootElement, "instrument.schema.json", readerProblems));
        }
        catch (JsonException ex)
        {
            problems.Add(new InstrumentProblem($"$ (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})", "not valid JSON: " + ex.Message));
        }

        if (problems.Count > 0 || result is null)
        {
            throw new InstrumentLoadException(sourceName, problems);
        }

        return result;
    }

    private sealed class Reader(List<InstrumentProblem> problems)
    {

        public Instrument? ReadInstrument(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Add("$", "the document must be a JSON object");
                return null;
            }

            if (Str(root, "$", "format", required: true) is { } fmt && fmt != "analysenotater-instrument")
            {
                Add("$.format", $"expected \"analysenotater-instrument\", found \"{fmt}\"");
            }

            if (!root.TryGetProperty("formatVersion", out var fv) || fv.ValueKind != JsonValueKind.Number || !fv.TryGetInt32(out var v))
            {
                Add("$.formatVersion", IntegerProblem(root, "formatVersion"));
            }
            else if (v != FormatVersion)
            {
                Add("$.formatVersion", $"version {v} is not supported (this library reads version {FormatVersion})");
            }

            var id = Str(root, "$", "id", required: true) ?? "";
            var version = Str(root, "$", "version", required: true) ?? "";
            var title = Str(root, "$", "title", required: true) ?? "";
            var source = Str(root, "$", "source", required: true) ?? "";
            Str(root, "$", "language", required: false);

            var scales = new List<AnswerScale>();
            var scaleIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (el, path) in Array(root, "$", "scales", required: true))
            {
                var s = ReadScale(el, path);
                if (s is null)
                {
                    continue;
                }

                if (!scaleIds.Add(s.Id))
                {
                    Add(path + ".id", $"scale id \"{s.Id}\" is used twice");
                    continue;
                }

                scales.Add(s);
            }

            var items = new List<Item>();
            var itemPaths = new List<string>();
            var itemIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (el, path) in Array(root, "$", "items", required: true))
            {
                var it = ReadItem(el, path, scaleIds);
                if (it is null)
                {
                    continue;
                }

                if (!itemIds.Add(it.Id))
                {
                    Add(path + ".id", $"item id \"{it.Id}\" is used twice");
                    continue;
                }

                items.Add(it);
                itemPaths.Add(path);
            }

            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].Condition?.ItemId is { } cid && !itemIds.Contains(cid))
                {
                    Add(itemPaths[i] + ".condition.item", $"names item \"{cid}\", which does not exist");
                }
            }

            var groups = new List<ItemGroup>();
            foreach (var (el, path) in Array(root, "$", "groups", required: false))
            {
                if (!IsObject(el, path))
                {
                    continue;
                }

                var gid = Str(el, path, "id", required: true);
                var name = Str(el, path, "name", required: true);
                var members = ItemRefs(el, path, itemIds);
                if (gid is not null && name is not null)
                {
                    groups.Add(new ItemGroup(gid, name, members));
                }
            }

            var indicators = new List<IndicatorDefinition>();
            foreach (var (el, path) in Array(root, "$", "indicators", required: false))
            {
                if (!IsObject(el, path))
                {
                    continue;
                }

                var iid = Str(el, path, "id", required: true);
                var name = Str(el, path, "name", required: true);
                var rule = Str(el, path, "rule", required: true);
                var members = ItemRefs(el, path, itemIds);
                double? alpha = null;
                if (el.TryGetProperty("publishedAlpha", out var a))
                {
                    if (a.ValueKind == JsonValueKind.Number)
                    {
                        alpha = a.GetDouble();
                    }
                    else if (a.ValueKind != JsonValueKind.Null)
                    {
                        Add(path + ".publishedAlpha", "must be a number or null");
                    }
                }

                if (members.Count == 0)
                {
                    Add(path + ".items", "an indicator needs at least one item");
                }

                if (iid is not null && name is not null && rule is not null)
                {
                    indicators.Add(new IndicatorDefinition(iid, name, members, rule) { PublishedAlpha = alpha });
                }
            }

            return problems.Count == 0 ? new Instrument(id, version, title, source, scales, items, groups, indicators) : null;
        }

        private AnswerScale? ReadScale(JsonElement el, string path)
        {
            if (!IsObject(el, path))
            {
                return null;
            }

            var id = Str(el, path, "id", required: true);
            var dir = ScaleDirection.HigherIsBetter;
            if (Str(el, path, "direction", required: false) is { } d && !TryEnum(d, out dir))
            {
                Add(path + ".direction", $"unknown direction \"{d}\" (expected one of {string.Join(", ", Enum.GetNames<ScaleDirection>().Select(Camel))})");
            }

            var options = new List<ScaleOption>();
            var codes = new HashSet<int>();
            foreach (var (o, op) in Array(el, path, "options", required: true))
            {
                if (!IsObject(o, op))
                {
                    continue;
                }

                int? code = null;
                if (!o.TryGetProperty("code", out var c) || c.ValueKind != JsonValueKind.Number || !c.TryGetInt32(out var ci))
                {
                    Add(op + ".code", IntegerProblem(o, "code"));
                }
                else if (!codes.Add(ci))
                {
                    Add(op + ".code", $"code {ci} is used twice in scale \"{id}\"");
                }
                else
                {
                    code = ci;
                }

                var label = Str(o, op, "label", required: true);
                MissingReason? missing = null;
                if (o.TryGetProperty("missing", out var m) && m.ValueKind != JsonValueKind.Null)
                {
                    if (m.ValueKind != JsonValueKind.String || !TryEnum(m.GetString()!, out MissingReason mr))
                    {
                        Add(op + ".missing", $"unknown missing reason {m.GetRawText()} (expected one of {string.Join(", ", Enum.GetNames<MissingReason>().Select(Camel))})");
                    }
                    else
                    {
                        missing = mr;
                    }
                }

                if (code is not null && label is not null)
                {
                    options.Add(new ScaleOption(code.Value, label, missing));
                }
            }

            if (options.Count == 0 && id is not null)
            {
                Add(path + ".options", $"scale \"{id}\" has no options");
            }

            return id is null ? null : new AnswerScale(id, options, dir);
        }

        private Item? ReadItem(JsonElement el, string path, HashSet<string> scaleIds)
        {
            if (!IsObject(el, path))
            {
                return null;
            }

            var id = Str(el, path, "id", required: true);
            var number = Str(el, path, "number", required: true);
            var text = Str(el, path, "text", required: true);
            var typeText = Str(el, path, "type", required: true);
            var type = ItemType.SingleChoice;
            if (typeText is not null && !TryEnum(typeText, out type))
            {
                Add(path + ".type", $"unknown item type \"{typeText}\" (expected one of {string.Join(", ", Enum.GetNames<ItemType>().Select(Camel))})");
                typeText = null;
            }

            var scale = Str(el, path, "scale", required: false);
            if (scale is not null && !scaleIds.Contains(scale))
            {
                Add(path + ".scale", $"names scale \"{scale}\", which does not exist");
            }

            if (typeText is not null && scale is null && type is ItemType.SingleChoice or ItemType.MultipleChoice)
            {
                Add(path + ".scale", $"a {Camel(type.ToString())} item needs a scale");
            }

            ItemCondition? condition = null;
            if (el.TryGetProperty("condition", out var ce) && ce.ValueKind != JsonValueKind.Null)
            {
                var cp = path + ".condition";
                if (IsObject(ce, cp))
                {
                    var ctext = Str(ce, cp, "text", required: true);
                    var citem = Str(ce, cp, "item", required: false);
                    var ccodes = new List<int>();
                    foreach (var (x, xp) in Array(ce, cp, "codes", required: false))
                    {
                        if (x.ValueKind == JsonValueKind.Number && x.TryGetInt32(out var xi))
                        {
                            ccodes.Add(xi);
                        }
                        else
                        {
                            Add(xp, "must be an integer code");
                        }
                    }

                    if (ctext is not null)
                    {
                        condition = new ItemCondition(ctext, citem, ccodes.Count > 0 ? ccodes : null);
                    }
                }
            }

            var reversed = false;
            if (el.TryGetProperty("reversed", out var r))
            {
                if (r.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    reversed = r.GetBoolean();
                }
                else
                {
                    Add(path + ".reversed", "must be true or false");
                }
            }

            if (id is null || number is null || text is null || typeText is null)
            {
                return null;
            }

            return new Item(id, number, text, type, scale)
            {
                Stem = Str(el, path, "stem", required: false),
                Section = Str(el, path, "section", required: false),
                ShortLabel = Str(el, path, "shortLabel", required: false),
                Note = Str(el, path, "note", required: false),
                Condition = condition,
                Reversed = reversed,
            };
        }

        private List<string> ItemRefs(JsonElement el, string path, HashSet<string> itemIds)
        {
            var list = new List<string>();
            foreach (var (x, xp) in Array(el, path, "items", required: true))
            {
                if (x.ValueKind != JsonValueKind.String)
                {
                    Add(xp, "must be an item id (string)");
                    continue;
                }

                var s = x.GetString()!;
                if (!itemIds.Contains(s))
                {
                    Add(xp, $"names item \"{s}\", which does not exist");
                }
                else
                {
                    list.Add(s);
                }
            }

            return list;
        }

        private IEnumerable<(JsonElement Element, string Path)> Array(JsonElement parent, string path, string name, bool required)
        {
            if (!parent.TryGetProperty(name, out var arr) || arr.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Add($"{path}.{name}", "required array is missing");
                }

                yield break;
            }

            if (arr.ValueKind != JsonValueKind.Array)
            {
                Add($"{path}.{name}", $"must be an array, found {arr.ValueKind.ToString().ToLowerInvariant()}");
                yield break;
            }

            var i = 0;
            foreach (var e in arr.EnumerateArray())
            {
                yield return (e, $"{path}.{name}[{i++}]");
            }
        }

        private static string IntegerProblem(JsonElement el, string name)
        {
            if (!el.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return "required integer is missing";
            }

            return v.ValueKind switch
            {
                JsonValueKind.String => $"must be an integer written without quotes; found the text \"{v.GetString()}\" (write {v.GetString()}, not \"{v.GetString()}\")",
                JsonValueKind.Number => $"must be a whole number; found {v.GetRawText()}",
                _ => $"must be an integer; found {v.ValueKind.ToString().ToLowerInvariant()}",
            };
        }

        private string? Str(JsonElement el, string path, string name, bool required)
        {
            if (!el.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Add($"{path}.{name}", "required string is missing");
                }

                return null;
            }

            if (v.ValueKind != JsonValueKind.String)
            {
                Add($"{path}.{name}", $"must be a string, found {v.ValueKind.ToString().ToLowerInvariant()}");
                return null;
            }

            var s = v.GetString()!;
            if (required && s.Length == 0)
            {
                Add($"{path}.{name}", "must not be empty");
                return null;
            }

            return s;
        }

        private bool IsObject(JsonElement el, string path)
        {
            if (el.ValueKind == JsonValueKind.Object)
            {
                return true;
            }

            Add(path, $"must be an object, found {el.ValueKind.ToString().ToLowerInvariant()}");
            return false;
        }

        private void Add(string path, string message) => problems.Add(new InstrumentProblem(path, message));

        private static bool TryEnum<T>(string text, out T value)
            where T : struct, Enum
            => Enum.TryParse(text, ignoreCase: true, out value) && char.IsLetter(text[0]) && Camel(value.ToString()) == text;

        private static string Camel(string s) => char.ToLowerInvariant(s[0]) + s[1..];
    }
}
