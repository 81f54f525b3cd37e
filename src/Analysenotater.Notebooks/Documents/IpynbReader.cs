using System.Text.Json;
using System.Text.Json.Nodes;
using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Notebooks.Documents;

/// <summary>Reads Jupyter notebooks (nbformat 4.x), including Polyglot per-cell language metadata and stored outputs.</summary>
public static class IpynbReader
{
    /// <summary>Parses notebook JSON. <paramref name="sourceName"/> (a file name) appears in error messages.</summary>
    /// <exception cref="NotebookFormatException">Not JSON, not nbformat 4, or a malformed cell (the message names file and cell).</exception>
    public static Notebook Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new NotebookFormatException($"{sourceName}: the notebook is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException($"{sourceName}: not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        var major = root["nbformat"]?.GetValueKind() == JsonValueKind.Number ? root["nbformat"]!.GetValue<int>() : 0;
        if (major != 4)
        {
            throw new NotebookFormatException($"{sourceName}: nbformat {major} is not supported; only nbformat 4 notebooks can be read.");
        }

        var metadata = root["metadata"] as JsonObject ?? [];
        var defaultLanguage = metadata["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]?.GetValue<string>() ?? "csharp";
        if (root["cells"] is not JsonArray cells)
        {
            throw new NotebookFormatException($"{sourceName}: the notebook has no 'cells' array.");
        }

        var list = new List<NotebookCell>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            var where = $"{sourceName}, cell {i + 1}";
            try
            {
                list.Add(ReadCell(cells[i] as JsonObject ?? throw new NotebookFormatException($"{where}: not a JSON object."), defaultLanguage, where));
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException)
            {
                throw new NotebookFormatException($"{where}: a field has the wrong JSON type: {e.Message}", e);
            }
        }

        return new Notebook(list) { MetadataJson = metadata.ToJsonString() };
    }

    private static NotebookCell ReadCell(JsonObject cell, string defaultLanguage, string where)
    {
        var type = cell["cell_type"]?.GetValue<string>() ?? throw new NotebookFormatException($"{where}: missing 'cell_type'.");
        var kind = type switch
        {
            "code" => NotebookCellKind.Code,
            "markdown" => NotebookCellKind.Markdown,
            "raw" => NotebookCellKind.Raw,
            _ => throw new NotebookFormatException($"{where}: unknown cell_type '{type}'."),
        };
        var metadata = (cell["metadata"] as JsonObject)?.DeepClone().AsObject() ?? [];
        var tags = metadata["tags"] is JsonArray tagArray ? tagArray.Select(t => t?.GetValue<string>()).OfType<string>().ToList() : [];
        metadata.Remove("tags");
        var language = metadata["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
            ?? metadata["dotnet_interactive"]?["language"]?.GetValue<string>()
            ?? (kind == NotebookCellKind.Code ? defaultLanguage : kind == NotebookCellKind.Markdown ? "markdown" : "raw");
        if (kind == NotebookCellKind.Code && language == "markdown")
        {
            kind = NotebookCellKind.Markdown;
        }

        var outputs = new List<CellOutput>();
        if (cell["outputs"] is JsonArray outputArray)
        {
            foreach (var o in outputArray.OfType<JsonObject>())
            {
                outputs.Add(ReadOutput(o, where));
            }
        }

        int? count = cell["execution_count"]?.GetValueKind() == JsonValueKind.Number ? cell["execution_count"]!.GetValue<int>() : null;
        return new NotebookCell(kind, MultilineText(cell["source"]))
        {
            Id = cell["id"]?.GetValue<string>(),
            Language = kind == NotebookCellKind.Code ? language : kind == NotebookCellKind.Markdown ? "markdown" : "raw",
            Tags = tags,
            Outputs = outputs,
            ExecutionCount = count,
            MetadataJson = metadata.ToJsonString(),
        };
    }

    private static CellOutput ReadOutput(JsonObject o, string where)
    {
        var type = o["output_type"]?.GetValue<string>();
        switch (type)
        {
            case "stream":
                return CellOutput.Stream(o["name"]?.GetValue<string>() ?? "stdout", MultilineText(o["text"]));
            case "display_data":
            case "execute_result":
                var data = new Dictionary<string, string>(StringComparer.Ordinal);
                if (o["data"] is JsonObject d)
                {
                    foreach (var (mime, value) in d)
                    {
                        data[mime] = !IsJsonMime(mime) && value?.GetValueKind() is JsonValueKind.String or JsonValueKind.Array
                            ? MultilineText(value)
                            : value?.ToJsonString() ?? "null";
                    }
                }

                var bundle = new MimeBundle(data);
                return type == "display_data" ? CellOutput.Display(bundle) : CellOutput.Result(bundle, o["execution_count"]?.GetValueKind() == JsonValueKind.Number ? o["execution_count"]!.GetValue<int>() : null);
            case "error":
                var traceback = o["traceback"] is JsonArray t ? t.Select(x => x?.GetValue<string>() ?? "").ToList() : [];
                return CellOutput.Error(o["ename"]?.GetValue<string>() ?? "Error", o["evalue"]?.GetValue<string>() ?? "", traceback);
            default:
                throw new NotebookFormatException($"{where}: unknown output_type '{type}'.");
        }
    }

    internal static bool IsJsonMime(string mime) => mime == "application/json" || mime.EndsWith("+json", StringComparison.Ordinal);

    private static string MultilineText(JsonNode? node) => node switch
    {
        null => "",
        JsonArray a => string.Concat(a.Select(x => x?.GetValue<string>() ?? "")),
        _ => node.GetValue<string>(),
    };
}
