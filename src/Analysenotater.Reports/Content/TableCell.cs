namespace Analysenotater.Reports.Content;

/// <summary>One cell of a report table.</summary>
/// <param name="Text">The text as printed.</param>
/// <param name="ColumnSpan">Columns the cell spans (header groups), at least 1.</param>
/// <param name="Numeric">Right-aligned number.</param>
public sealed record TableCell(string Text, int ColumnSpan = 1, bool Numeric = false);
