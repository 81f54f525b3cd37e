namespace Analysenotater.Reports.Content;

/// <summary>A heading (level 1 = chapter; a page break comes before it in print).</summary>
/// <param name="Level">1 to 6.</param>
/// <param name="Text">The heading text.</param>
public sealed record HeadingBlock(int Level, string Text) : ReportBlock;
