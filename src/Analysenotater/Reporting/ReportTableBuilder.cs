namespace Analysenotater.Reporting;

/// <summary>Builds a <see cref="ReportTable"/> row by row: <c>new ReportTableBuilder("Tittel", "Spørsmål", "n").Row(...).Note(...).Build()</c>.</summary>
public sealed class ReportTableBuilder
{
    private readonly string _title;
    private readonly List<string> _columns;
    private readonly List<IReadOnlyList<ReportCell>> _rows = [];
    private readonly List<string> _notes = [];

    /// <summary>Starts a table with a caption and column headers.</summary>
    public ReportTableBuilder(string title, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _title = title;
        _columns = [.. columns];
    }

    /// <summary>Appends a row; it must have one cell per column.</summary>
    /// <exception cref="ArgumentException">Wrong number of cells.</exception>
    public ReportTableBuilder Row(params ReportCell[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _columns.Count)
        {
            throw new ArgumentException($"Table '{_title}': row {_rows.Count + 1} has {cells.Length} cells; the table has {_columns.Count} columns.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>Appends a note printed under the table.</summary>
    public ReportTableBuilder Note(string note)
    {
        if (!string.IsNullOrWhiteSpace(note) && !_notes.Contains(note))
        {
            _notes.Add(note);
        }

        return this;
    }

    /// <summary>The number of rows added so far.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Freezes the table.</summary>
    public ReportTable Build() => new(_title, [.. _columns], [.. _rows], [.. _notes]);
}
