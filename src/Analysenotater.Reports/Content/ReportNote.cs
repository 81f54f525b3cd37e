namespace Analysenotater.Reports.Content;

/// <summary>A numbered note, printed once under the first table that carries it.</summary>
/// <param name="Number">1-based note number.</param>
/// <param name="Text">The note.</param>
/// <param name="FirstTable">The number of the first table that carries it.</param>
public sealed record ReportNote(int Number, string Text, int FirstTable);
