namespace Analysenotater.Text.Screening;

/// <summary>
/// One identifying detail found in a comment: its kind, where it is (UTF-16 start and length in the original text) and
/// why it was flagged. The reason never contains the flagged text, so it may go to the audit log.
/// </summary>
/// <param name="Kind">The kind of detail.</param>
/// <param name="Start">The index of its first character in the comment.</param>
/// <param name="Length">Its length in UTF-16 code units.</param>
/// <param name="Reason">Why it was flagged, in Norwegian, without the flagged text.</param>
public sealed record ScreeningFlag(IdentifierKind Kind, int Start, int Length, string Reason)
{
    /// <summary>The index just after the flagged span.</summary>
    public int End => Start + Length;
}
