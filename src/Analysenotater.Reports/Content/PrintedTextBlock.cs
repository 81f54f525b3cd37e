namespace Analysenotater.Reports.Content;

/// <summary>Text a cell printed (standard output), shown as plain lines.</summary>
/// <param name="Text">The text.</param>
public sealed record PrintedTextBlock(string Text) : ReportBlock;
