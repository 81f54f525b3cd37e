using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Analysenotater.Disclosure;
using Analysenotater.Localization;
using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Html;
using Markdig;

namespace Analysenotater.Reports.Content;

/// <summary>
/// Builds a <see cref="ReportContent"/> from an executed notebook: no code; cells tagged <c>remove-cell</c> left out,
/// outputs of <c>remove-output</c> cells left out; Markdown as headings and prose; tables numbered (a Markdown table
/// takes its caption from a Pandoc caption paragraph, «: Caption» or «Tabell: Caption», right after it), with two-level
/// headers where the columns form groups, notes numbered once across the report, and tables longer than
/// <see cref="MaxBodyRows"/> rows moved to an appendix (a line with their row count stays in the body); Plotly
/// charts numbered as figures; printed text kept; error outputs kept (a report never hides a failure).
/// </summary>
public static class NotebookReportBuilder
{
    /// <summary>Tables with more body rows than this are listed in full in an appendix.</summary>
    public const int MaxBodyRows = 40;

    private const string PlotlyMime = "application/vnd.plotly.v1+json";
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();
    private static readonly System.Text.RegularExpressions.Regex OwnNumber = new(@"^(Tabell|Table|Figur|Figure)\s+[0-9A-Za-z–\-]+[.:]\s*", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex InstrumentUse = new(@"\bKnownInstruments\.(\w+)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex PolicyUse = new(@"\bDisclosurePolicy\.(\w+)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex MarkdownCaptionLine = new(@"^(?:Tabell|Table)?:\s*(.*)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Singleline);
    private static readonly string[] DataExtensions = [".csv", ".tsv", ".txt", ".xlsx", ".sav", ".zsav"];

    /// <summary>Builds the report of <paramref name="notebook"/>.</summary>
    /// <param name="notebook">The executed notebook.</param>
    /// <param name="fallbackTitle">The title when the notebook has neither metadata title nor level-1 heading (normally the file name).</param>
    /// <returns>The report content.</returns>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public static ReportContent Build(Notebook notebook, string fallbackTitle)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(fallbackTitle);
        var state = new BuildState();
        var parser = new HtmlParser();
        string? firstHeading = null;
        foreach (var cell in notebook.Cells)
        {
            if (CellVisibility.IsRemoved(cell))
            {
                continue;
            }

            switch (cell.Kind)
            {
                case NotebookCellKind.Markdown:
                    var fragment = parser.ParseDocument("<body>" + Markdig.Markdown.ToHtml(cell.Source, Markdown) + "</body>").Body!;
                    var children = fragment.Children.ToList();
                    var captionParagraphs = new HashSet<IElement>();
                    foreach (var element in children)
                    {
                        if (element.LocalName == "h1" && firstHeading is null)
                        {
                            firstHeading = element.TextContent.Trim();
                            continue;
                        }

                        if (captionParagraphs.Contains(element))
                        {
                            continue;
                        }

                        if (element.LocalName == "table" && MarkdownCaption(element) is { } caption)
                        {
                            captionParagraphs.Add(caption.Paragraph);
                            AddTable(state, element, caption.Text);
                            continue;
                        }

                        AddElement(state, element);
                    }

                    break;
                case NotebookCellKind.Code when !CellVisibility.HidesOutput(cell):
                    foreach (var output in cell.Outputs)
                    {
                        AddOutput(state, parser, output);
                    }

                    break;
            }
        }

        var metadata = ReadMetadata(notebook, firstHeading ?? fallbackTitle);
        return new ReportContent(metadata, state.Blocks, state.Notes, state.Appendices);
    }

    private static void AddOutput(BuildState state, HtmlParser parser, CellOutput output)
    {
        switch (output.Kind)
        {
            case CellOutputKind.Stream:
                if (output.StreamName != "stderr" && !string.IsNullOrWhiteSpace(output.Text))
                {
                    state.Blocks.Add(new PrintedTextBlock(output.Text.TrimEnd()));
                }

                return;
            case CellOutputKind.Error:
                state.Blocks.Add(new PrintedTextBlock($"{output.ErrorName}: {output.ErrorValue}"));
                return;
        }

        var data = output.Bundle?.Data;
        if (data is null)
        {
            return;
        }

        if (data.TryGetValue(PlotlyMime, out var figure))
        {
            state.Blocks.Add(new FigureBlock(++state.FigureCount, FigureTitle(figure), figure));
        }
        else if (data.TryGetValue("text/html", out var html))
        {
            foreach (var element in parser.ParseDocument("<body>" + html + "</body>").Body!.Children)
            {
                AddElement(state, element);
            }
        }
        else if (data.TryGetValue("text/markdown", out var md))
        {
            foreach (var element in parser.ParseDocument("<body>" + Markdig.Markdown.ToHtml(md, Markdown) + "</body>").Body!.Children)
            {
                AddElement(state, element);
            }
        }
        else if (data.TryGetValue("text/plain", out var plain) && plain.Trim().Length > 0)
        {
            state.Blocks.Add(new PrintedTextBlock(plain.TrimEnd()));
        }
    }

    private static void AddElement(BuildState state, IElement element)
    {
        switch (element.LocalName)
        {
            case "script" or "style" or "link" or "meta":
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                state.Blocks.Add(new HeadingBlock(element.LocalName[1] - '0', element.TextContent.Trim()));
                return;
            case "table":
                AddTable(state, element);
                return;
            case "div" or "section" or "article" when element.Children.Length > 0:
                foreach (var child in element.Children)
                {
                    AddElement(state, child);
                }

                return;
            case "ul" or "ol":
                state.Blocks.Add(new ProseBlock(element.OuterHtml, string.Join("\n", element.Children.Select(li => li.TextContent.Trim())), true));
                return;
            default:
                var text = element.TextContent.Trim();
                if (text.Length > 0 || element.LocalName is "img" or "svg")
                {
                    state.Blocks.Add(new ProseBlock(element.OuterHtml, text, false));
                }

                return;
        }
    }

    /// <summary>
    /// The caption of a Markdown table written as Pandoc does: a paragraph right after the table
    /// that starts with «:», «Tabell:» or «Table:». Null when there is none.
    /// </summary>
    private static (IElement Paragraph, string Text)? MarkdownCaption(IElement table)
    {
        var p = table.NextElementSibling;
        return p?.LocalName == "p" && MarkdownCaptionLine.Match(p.TextContent.Trim()) is { Success: true } m && m.Groups[1].Value.Trim().Length > 0
            ? (p, m.Groups[1].Value.Trim())
            : null;
    }

    private static void AddTable(BuildState state, IElement table, string? markdownCaption = null)
    {
        var caption = markdownCaption ?? OwnNumber.Replace(table.QuerySelector("caption")?.TextContent.Trim() ?? "", "");
        var headRows = table.QuerySelectorAll("thead tr").ToList();
        var bodyRows = table.QuerySelectorAll("tbody tr").ToList();
        if (headRows.Count == 0 && bodyRows.Count == 0)
        {
            bodyRows = [.. table.QuerySelectorAll("tr")];
        }

        if (headRows.Count == 0 && bodyRows.Count > 0 && bodyRows[0].Children.All(c => c.LocalName == "th"))
        {
            headRows = [bodyRows[0]];
            bodyRows.RemoveAt(0);
        }

        var rows = bodyRows.Select(r => (IReadOnlyList<TableCell>)[.. r.Children.Where(c => c.LocalName is "td" or "th").Select(ToCell)]).ToList();
        IReadOnlyList<IReadOnlyList<TableCell>> header;
        if (headRows.Count == 1 && headRows[0].Children.All(c => Span(c) == 1))
        {
            (header, var shapedRows) = TableShaper.Shape([.. headRows[0].Children.Select(c => c.TextContent.Trim())], rows);
            rows = [.. shapedRows];
        }
        else
        {
            header = [.. headRows.Select(r => (IReadOnlyList<TableCell>)[.. r.Children.Select(c => new TableCell(c.TextContent.Trim(), Span(c)))])];
        }

        var number = ++state.TableCount;
        var noteNumbers = new List<int>();
        foreach (var li in table.QuerySelectorAll("tfoot li"))
        {
            noteNumbers.Add(state.NoteNumber(li.TextContent.Trim(), number));
        }

        var block = new TableBlock { Number = number, Caption = caption, HeaderRows = header, Rows = rows, NoteNumbers = noteNumbers };
        if (rows.Count > MaxBodyRows)
        {
            var letter = ((char)('A' + state.Appendices.Count)).ToString();
            block = block with { AppendixLetter = letter };
            state.Appendices.Add(block);
        }

        state.Blocks.Add(block);
    }

    private static TableCell ToCell(IElement c)
    {
        var style = c.GetAttribute("style") ?? "";
        var numeric = style.Contains("right", StringComparison.Ordinal) || c.ClassList.Contains("an-suppressed");
        return new TableCell(c.TextContent.Trim(), Span(c), numeric);
    }

    private static int Span(IElement c) => int.TryParse(c.GetAttribute("colspan"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 1 ? n : 1;

    private static string FigureTitle(string figureJson)
    {
        try
        {
            var title = JsonNode.Parse(figureJson)?["layout"]?["title"];
            return (title is JsonObject o ? o["text"]?.GetValue<string>() : title?.GetValueKind() == JsonValueKind.String ? title.GetValue<string>() : null)?.Trim() ?? "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private static ReportMetadata ReadMetadata(Notebook notebook, string title)
    {
        JsonObject? report = null;
        try
        {
            report = JsonNode.Parse(notebook.MetadataJson)?["analysenotater"]?["report"] as JsonObject;
        }
        catch (JsonException)
        {
            // Metadata that is not JSON gives no report settings.
        }

        string? Get(string key) => report?[key] is JsonValue v && v.TryGetValue<string>(out var s) && s.Trim().Length > 0 ? s.Trim() : null;
        var slides = report?["slides"] is JsonValue sv && sv.TryGetValue<bool>(out var b) && b;
        return new ReportMetadata
        {
            Title = Get("title") ?? title,
            DataSource = Get("data_source") ?? DataFilesOf(notebook),
            Instrument = Get("instrument") ?? InstrumentsOf(notebook),
            Date = Get("date") ?? DateTime.Now.ToString("d. MMMM yyyy", MessageLanguage.FormatCulture),
            Disclosure = Get("disclosure") ?? PoliciesOf(notebook) ?? AnalysisContext.Default.Disclosure.Description,
            Slides = slides,
        };
    }

    /// <summary>The known instruments the code uses (<c>KnownInstruments.X</c>), as name and version.</summary>
    private static string? InstrumentsOf(Notebook notebook)
    {
        var parameterValues = InstrumentParameterValues(notebook);
        var names = Code(notebook).SelectMany(c => InstrumentUse.Matches(c).Select(m => m.Groups[1].Value)).Distinct(StringComparer.Ordinal);
        var found = names
            .Select(n => typeof(Analysenotater.Instruments.KnownInstruments).GetProperty(n, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null))
            .OfType<Analysenotater.Instruments.Instrument>()
            .Concat(KnownInstrumentsNamed(parameterValues))
            .Select(i => ReportTexts.Format("InstrumentVersion", i.Title, i.Version))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var files = parameterValues
            .Where(v => v.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Select(Path.GetFileName)
            .OfType<string>();
        found.AddRange(files);
        return found.Count > 0 ? string.Join("; ", found.Distinct(StringComparer.Ordinal)) : null;
    }

    /// <summary>The built-in instruments among parameter values (ids such as <c>korus-2017</c>).</summary>
    private static IEnumerable<Analysenotater.Instruments.Instrument> KnownInstrumentsNamed(IReadOnlyCollection<string> values)
    {
        var ids = values.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new[] { Analysenotater.Instruments.KnownInstruments.KoRus2017, Analysenotater.Instruments.KnownInstruments.KsPsykiskHelseRus }
            .Where(i => ids.Contains(i.Id));
    }

    /// <summary>The <c>instrument</c> values of the injected parameters cell when it sets one (a run with <c>-p instrument=…</c>), else of the parameters cell.</summary>
    private static List<string> InstrumentParameterValues(Notebook notebook)
    {
        List<string> ValuesIn(string tag) => [.. notebook.Cells
            .Where(c => c.Kind == NotebookCellKind.Code && c.Tags.Contains(tag))
            .SelectMany(c => InstrumentParameter.Matches(c.Source).Select(m => m.Groups[1].Value))];
        var injected = ValuesIn("injected-parameters");
        return injected.Count > 0 ? injected : ValuesIn("parameters");
    }

    private static readonly System.Text.RegularExpressions.Regex InstrumentParameter =
        new(@"\binstrument\s*=\s*""([^""]+)""", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The disclosure policies the code names (<c>DisclosurePolicy.X</c>), described; null when it names none (the default applies).</summary>
    private static string? PoliciesOf(Notebook notebook)
    {
        var found = Code(notebook).SelectMany(c => PolicyUse.Matches(c).Select(m => m.Groups[1].Value)).Distinct(StringComparer.Ordinal)
            .Select(n => typeof(DisclosurePolicy).GetProperty(n, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null))
            .OfType<DisclosurePolicy>()
            .Select(p => p.Description)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return found.Count > 0 ? string.Join("; ", found) : null;
    }

    private static IEnumerable<string> Code(Notebook notebook)
        => notebook.Cells.Where(c => c.Kind == NotebookCellKind.Code && !CellVisibility.IsRemoved(c)).Select(c => c.Source);

    /// <summary>The data files named in the parameters cell (string literals ending in a data file extension), by file name.</summary>
    private static string? DataFilesOf(Notebook notebook)
    {
        var files = notebook.Cells
            .Where(c => c.Kind == NotebookCellKind.Code && (c.Tags.Contains("parameters") || c.Tags.Contains("injected-parameters")))
            .SelectMany(c => System.Text.RegularExpressions.Regex.Matches(c.Source, "\"([^\"]+)\"").Select(m => m.Groups[1].Value))
            .Where(s => DataExtensions.Any(e => s.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Select(Path.GetFileName)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return files.Count > 0 ? string.Join(", ", files) : null;
    }

    private sealed class BuildState
    {
        public List<ReportBlock> Blocks { get; } = [];

        public List<ReportNote> Notes { get; } = [];

        public List<TableBlock> Appendices { get; } = [];

        public int TableCount { get; set; }

        public int FigureCount { get; set; }

        public int NoteNumber(string text, int table)
        {
            var existing = Notes.Find(n => n.Text == text);
            if (existing is not null)
            {
                return existing.Number;
            }

            var note = new ReportNote(Notes.Count + 1, text, table);
            Notes.Add(note);
            return note.Number;
        }
    }
}
