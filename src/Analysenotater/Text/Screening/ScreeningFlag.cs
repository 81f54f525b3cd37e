namespace Analysenotater.Text.Screening;

/// <summary>
/// One identifying detail found in a comment: its kind, where it is (UTF-16 start and length in the original text), why
/// it was flagged, which detector found it and how sure the detector is. The reason and the detector name never
/// contain the flagged text, so both may go to the audit log.
/// </summary>
/// <param name="Kind">The kind of detail.</param>
/// <param name="Start">The index of its first character in the comment.</param>
/// <param name="Length">Its length in UTF-16 code units.</param>
/// <param name="Reason">Why it was flagged, in Norwegian, without the flagged text.</param>
/// <param name="Detector">The detector that raised the flag (a fixed name such as «alder» or «navn-kontekst»); empty when made by hand.</param>
/// <param name="Certainty">Certain, or doubtful (acted on under <see cref="ScreeningStrictness.Strict"/> only).</param>
public sealed record ScreeningFlag(IdentifierKind Kind, int Start, int Length, string Reason, string Detector = "", ScreeningCertainty Certainty = ScreeningCertainty.Certain)
{
    /// <summary>The index just after the flagged span.</summary>
    public int End => Start + Length;

    /// <summary>The detector's name, or the kind when the flag was made by hand.</summary>
    public string DetectorName => Detector.Length > 0 ? Detector : Kind.ToString();
}
