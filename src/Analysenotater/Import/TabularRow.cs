namespace Analysenotater.Import;

/// <summary>One data row read from a file: its 1-based spreadsheet row number and one cell per header column (null = empty).</summary>
internal sealed record TabularRow(int RowNumber, string?[] Cells);
