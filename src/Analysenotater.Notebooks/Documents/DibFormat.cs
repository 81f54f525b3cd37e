using System.Text;
using System.Text.Json.Nodes;

namespace Analysenotater.Notebooks.Documents;

/// <summary>
/// Reads and writes Polyglot Notebooks' plain-text .dib format: an optional <c>#!meta</c> JSON block, then cells each
/// introduced by a kernel line (<c>#!csharp</c>, <c>#!markdown</c>, …). Outputs are not stored in .dib files.
/// </summary>
public static class DibFormat
{
    private static readonly HashSet<string> KnownKernels = new(StringComparer.OrdinalIgnoreCase)
    {
        "csharp", "c#", "fsharp", "f#", "pwsh", "powershell", "markdown", "md", "javascript", "js", "html", "sql", "kql",
        "mermaid", "value", "http", "meta",
    };

    /// <summary>Parses .dib text into a notebook (metadata from <c>#!meta</c> when present).</summary>
    /// <exception cref="NotebookFormatException">The <c>#!meta</c> block is not a JSON object; the message names the file.</exception>
    public static Notebook Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var kernels = new HashSet<string>(KnownKernels, StringComparer.OrdinalIgnoreCase);
        var cells = new List<NotebookCell>();
        string? metadata = null;
        string? current = null;
        var buffer = new List<string>();

        void Flush()
        {
            if (current is null)
            {
                if (buffer.Any(l => l.Trim().Length > 0))
                {
                    cells.Add(NotebookCell.Code(Trim(buffer)));
                }
            }
            else if (current.Equals("meta", StringComparison.OrdinalIgnoreCase))
            {
                var json = Trim(buffer);
                try
                {
                    var meta = JsonNode.Parse(json) as JsonObject ?? throw new NotebookFormatException($"{sourceName}: the #!meta block is not a JSON object.");
                    foreach (var item in meta["kernelInfo"]?["items"]?.AsArray() ?? [])
                    {
                        if (item?["name"]?.GetValue<string>() is { } name)
                        {
                            kernels.Add(name);
                        }
                    }

                    metadata = MergeIntoDefault(meta);
                }
                catch (System.Text.Json.JsonException e)
                {
                    throw new NotebookFormatException($"{sourceName}: the #!meta block is not valid JSON: {e.Message}", e);
                }
            }
            else
            {
                var source = Trim(buffer);
                var lang = current.ToLowerInvariant() switch { "c#" => "csharp", "f#" => "fsharp", "md" => "markdown", var k => k };
                cells.Add(lang == "markdown" ? NotebookCell.Markdown(source) : NotebookCell.Code(source) with { Language = lang });
            }

            buffer.Clear();
        }

        foreach (var line in lines)
        {
            var trimmed = line.TrimEnd();
            if (trimmed.StartsWith("#!", StringComparison.Ordinal) && trimmed.Length > 2 && kernels.Contains(trimmed[2..]))
            {
                Flush();
                current = trimmed[2..];
            }
            else
            {
                buffer.Add(line);
            }
        }

        Flush();
        return new Notebook(cells) { MetadataJson = metadata ?? Notebook.DefaultMetadataJson };
    }

    /// <summary>The notebook as .dib text: <c>#!meta</c> with the Polyglot kernel info, then each cell under its kernel line.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="notebook"/> is null.</exception>
    public static string Serialize(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var sb = new StringBuilder();
        var kernelInfo = (JsonNode.Parse(notebook.MetadataJson) as JsonObject)?["polyglot_notebook"]?.DeepClone()
            ?? (JsonNode.Parse(Notebook.DefaultMetadataJson)!["polyglot_notebook"]!).DeepClone();
        sb.Append("#!meta\n\n").Append(kernelInfo.ToJsonString()).Append("\n\n");
        foreach (var cell in notebook.Cells)
        {
            var kernel = cell.Kind == NotebookCellKind.Code ? cell.Language : "markdown";
            sb.Append("#!").Append(kernel).Append("\n\n").Append(cell.Source.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n')).Append("\n\n");
        }

        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static string MergeIntoDefault(JsonObject meta)
    {
        var defaults = (JsonObject)JsonNode.Parse(Notebook.DefaultMetadataJson)!;
        defaults["polyglot_notebook"] = meta.DeepClone();
        return defaults.ToJsonString();
    }

    private static string Trim(List<string> lines)
    {
        var start = 0;
        var end = lines.Count;
        while (start < end && lines[start].Trim().Length == 0)
        {
            start++;
        }

        while (end > start && lines[end - 1].Trim().Length == 0)
        {
            end--;
        }

        return string.Join("\n", lines.Skip(start).Take(end - start));
    }
}
