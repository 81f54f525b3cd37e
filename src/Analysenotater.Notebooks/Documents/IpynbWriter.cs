using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Analysenotater.Notebooks.Documents;

/// <summary>Writes nbformat 4.5 notebooks (cell ids, multi-line strings as line arrays, JSON MIME data as objects), one-space indented as Jupyter does.</summary>
public static partial class IpynbWriter
{
    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex ValidId();

    /// <summary>The notebook as nbformat 4.5 JSON text (UTF-8, "\n" line ends, trailing newline).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="notebook"/> is null.</exception>
    public static string Serialize(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var cells = new JsonArray();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            cells.Add(WriteCell(notebook.Cells[i], UniqueId(notebook.Cells[i].Id, i, used)));
        }

        var root = new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = ParseObject(notebook.MetadataJson),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        var options = new JsonSerializerOptions { WriteIndented = true, IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return root.ToJsonString(options) + "\n";
    }

    private static string UniqueId(string? id, int index, HashSet<string> used)
    {
        var candidate = id is not null && ValidId().IsMatch(id) ? id : $"cell-{index + 1}";
        var n = 2;
        var unique = candidate;
        while (!used.Add(unique))
        {
            unique = $"{candidate[..Math.Min(candidate.Length, 58)]}-{n++}";
        }

        return unique;
    }

    private static JsonObject WriteCell(NotebookCell cell, string id)
    {
        var metadata = ParseObject(cell.MetadataJson);
        if (cell.Tags.Count > 0)
        {
            metadata["tags"] = new JsonArray([.. cell.Tags.Select(t => (JsonNode)JsonValue.Create(t))]);
        }

        if (cell.Kind == NotebookCellKind.Code)
        {
            metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = cell.Language };
        }

        var o = new JsonObject { ["cell_type"] = cell.Kind switch { NotebookCellKind.Code => "code", NotebookCellKind.Markdown => "markdown", _ => "raw" } };
        if (cell.Kind == NotebookCellKind.Code)
        {
            o["execution_count"] = cell.ExecutionCount;
        }

        o["id"] = id;
        o["metadata"] = metadata;
        if (cell.Kind == NotebookCellKind.Code)
        {
            o["outputs"] = new JsonArray([.. cell.Outputs.Select(WriteOutput)]);
        }

        o["source"] = Lines(cell.Source);
        return o;
    }

    private static JsonNode WriteOutput(CellOutput output)
    {
        switch (output.Kind)
        {
            case CellOutputKind.Stream:
                return new JsonObject { ["name"] = output.StreamName, ["output_type"] = "stream", ["text"] = Lines(output.Text ?? "") };
            case CellOutputKind.Error:
                return new JsonObject
                {
                    ["ename"] = output.ErrorName,
                    ["evalue"] = output.ErrorValue,
                    ["output_type"] = "error",
                    ["traceback"] = new JsonArray([.. output.Traceback.Select(t => (JsonNode)JsonValue.Create(t))]),
                };
            default:
                var data = new JsonObject();
                foreach (var (mime, value) in output.Bundle!.Data.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    data[mime] = IpynbReader.IsJsonMime(mime) ? JsonNode.Parse(value) : Lines(value);
                }

                var o = new JsonObject { ["data"] = data };
                if (output.Kind == CellOutputKind.ExecuteResult)
                {
                    o["execution_count"] = output.ExecutionCount;
                }

                o["metadata"] = new JsonObject();
                o["output_type"] = output.Kind == CellOutputKind.ExecuteResult ? "execute_result" : "display_data";
                return o;
        }
    }

    private static JsonArray Lines(string text)
    {
        var array = new JsonArray();
        var sb = new StringBuilder();
        foreach (var ch in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            sb.Append(ch);
            if (ch == '\n')
            {
                array.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            array.Add(sb.ToString());
        }

        return array;
    }

    private static JsonObject ParseObject(string json) => JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json) as JsonObject ?? [];
}
