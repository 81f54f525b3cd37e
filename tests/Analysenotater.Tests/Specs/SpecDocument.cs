using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Analysenotater.Tests.Specs;

/// <summary>
/// A specification in docs/specs read with Markdig (pipe tables): its worked-example tables are the pipe tables whose
/// first header cell is «Eksempel» or «Example»; each row is one example, cells by header name.
/// </summary>
internal sealed class SpecDocument
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private SpecDocument(string file, IReadOnlyList<SpecExample> examples)
    {
        File = file;
        Examples = examples;
    }

    /// <summary>The spec's file name, e.g. "scoring.md".</summary>
    public string File { get; }

    /// <summary>Every row of every worked-example table, in order.</summary>
    public IReadOnlyList<SpecExample> Examples { get; }

    /// <summary>The folder of the specs.</summary>
    public static string Folder => Path.Combine(TestPaths.RepoRoot, "docs", "specs");

    /// <summary>Every docs/specs/*.md.</summary>
    public static IReadOnlyList<SpecDocument> All() => [.. Directory.EnumerateFiles(Folder, "*.md").Order(StringComparer.Ordinal).Select(p => Read(Path.GetFileName(p)))];

    /// <summary>Reads one spec.</summary>
    public static SpecDocument Read(string file)
    {
        var text = System.IO.File.ReadAllText(Path.Combine(Folder, file));
        var doc = Markdown.Parse(text, Pipeline);
        var examples = new List<SpecExample>();
        foreach (var table in doc.Descendants<Table>())
        {
            var rows = table.OfType<TableRow>().ToList();
            if (rows.Count == 0 || !rows[0].IsHeader)
            {
                continue;
            }

            var header = rows[0].OfType<TableCell>().Select(c => CellText(text, c)).ToList();
            if (header.Count == 0 || header[0] is not ("Eksempel" or "Example"))
            {
                continue;
            }

            foreach (var row in rows.Skip(1))
            {
                var cells = row.OfType<TableCell>().Select(c => CellText(text, c)).ToList();
                examples.Add(new SpecExample(file, cells[0], header, cells, table.Line + 1));
            }
        }

        return new SpecDocument(file, examples);
    }

    private static string CellText(string source, TableCell cell) =>
        cell.Span.IsEmpty ? "" : source.Substring(cell.Span.Start, cell.Span.Length).Trim().Trim('|').Trim();
}

/// <summary>One worked example: its id (first cell), the header and the cells of its row.</summary>
internal sealed record SpecExample(string File, string Id, IReadOnlyList<string> Header, IReadOnlyList<string> Cells, int Line)
{
    /// <summary>The cell under <paramref name="column"/>.</summary>
    public string this[string column] => Header.ToList().IndexOf(column) is var i and >= 0 && i < Cells.Count ? Cells[i]
        : throw new KeyNotFoundException($"{File}, example {Id}: no column '{column}' (columns: {string.Join(", ", Header)}).");

    /// <summary>The cell at <paramref name="index"/>.</summary>
    public string this[int index] => Cells[index];

    /// <inheritdoc />
    public override string ToString() => $"{File} {Id}";
}
