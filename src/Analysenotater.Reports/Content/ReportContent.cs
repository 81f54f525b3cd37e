namespace Analysenotater.Reports.Content;

/// <summary>A report built from an executed notebook: the title block, the body without code, the notes and the appendices.</summary>
/// <param name="Metadata">The title block.</param>
/// <param name="Blocks">The body in reading order.</param>
/// <param name="Notes">Every distinct note, numbered.</param>
/// <param name="Appendices">Tables too long for the body, in full (their <see cref="TableBlock.AppendixLetter"/> set).</param>
public sealed record ReportContent(ReportMetadata Metadata, IReadOnlyList<ReportBlock> Blocks, IReadOnlyList<ReportNote> Notes, IReadOnlyList<TableBlock> Appendices)
{
    /// <summary>The figures of the body in order.</summary>
    public IEnumerable<FigureBlock> Figures => Blocks.OfType<FigureBlock>();

    /// <summary>The tables of the body in order (collapsed ones included).</summary>
    public IEnumerable<TableBlock> Tables => Blocks.OfType<TableBlock>();
}
