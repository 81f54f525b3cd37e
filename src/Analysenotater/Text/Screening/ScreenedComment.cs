namespace Analysenotater.Text.Screening;

/// <summary>
/// One comment that passed screening: kept as written or with identifying spans replaced by markers such as «[navn]».
/// Only <see cref="CommentScreener"/> creates these, so a withheld comment can never appear as one.
/// </summary>
public sealed class ScreenedComment
{
    internal ScreenedComment(int row, string text, ScreeningAction decision, IReadOnlyList<Range> redactedSpans)
    {
        Row = row;
        Text = text;
        Decision = decision;
        RedactedSpans = redactedSpans;
    }

    /// <summary>The respondent's row in the dataset (0-based).</summary>
    public int Row { get; }

    /// <summary>The text to show: as written (<see cref="ScreeningAction.Keep"/>) or redacted (<see cref="ScreeningAction.Redact"/>).</summary>
    public string Text { get; }

    /// <summary>Keep or Redact (never Withhold).</summary>
    public ScreeningAction Decision { get; }

    /// <summary>Where the redaction markers are in <see cref="Text"/>; word counts skip these spans.</summary>
    public IReadOnlyList<Range> RedactedSpans { get; }

    /// <summary>True when the span [start, start+length) overlaps a redaction marker.</summary>
    public bool OverlapsRedaction(int start, int length)
    {
        foreach (var r in RedactedSpans)
        {
            var (s, l) = r.GetOffsetAndLength(Text.Length);
            if (start < s + l && s < start + length)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Row}] {Text}";
}
