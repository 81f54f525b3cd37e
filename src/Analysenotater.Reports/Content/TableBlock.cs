namespace Analysenotater.Reports.Content;

/// <summary>A numbered table as printed: header rows (two levels when columns share groups), body rows and note numbers.</summary>
public sealed record TableBlock : ReportBlock
{
    /// <summary>1-based table number.</summary>
    public required int Number { get; init; }

    /// <summary>The caption (without «Tabell N»).</summary>
    public required string Caption { get; init; }

    /// <summary>Header rows; the last one has one cell per column.</summary>
    public required IReadOnlyList<IReadOnlyList<TableCell>> HeaderRows { get; init; }

    /// <summary>Body rows, one cell per column.</summary>
    public required IReadOnlyList<IReadOnlyList<TableCell>> Rows { get; init; }

    /// <summary>The numbers of the notes that belong to this table (see <see cref="ReportContent.Notes"/>).</summary>
    public required IReadOnlyList<int> NoteNumbers { get; init; }

    /// <summary>How many columns the table has.</summary>
    public int ColumnCount => HeaderRows.Count > 0 ? HeaderRows[^1].Sum(c => c.ColumnSpan) : Rows.Count > 0 ? Rows[0].Count : 0;

    /// <summary>True when the table is printed on a landscape page: many columns, or words too long for the portrait column.</summary>
    public bool Wide => ColumnCount > TableShaper.PortraitColumns || TableShaper.MinimumWidthPx(HeaderRows, Rows) > TableShaper.PortraitWidthPx;

    /// <summary>Non-null when the table is too long for the body: the letter of the appendix that holds it in full.</summary>
    public string? AppendixLetter { get; init; }
}
