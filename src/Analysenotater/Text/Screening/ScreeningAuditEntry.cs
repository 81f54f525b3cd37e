namespace Analysenotater.Text.Screening;

/// <summary>
/// The audit record of one screened comment: its row, the decision and the flags (kind, position, reason). It never
/// holds the comment's text.
/// </summary>
/// <param name="Row">The respondent's row (0-based).</param>
/// <param name="Decision">Keep, redact or withhold.</param>
/// <param name="Flags">The flags found (empty when none).</param>
public sealed record ScreeningAuditEntry(int Row, ScreeningAction Decision, IReadOnlyList<ScreeningFlag> Flags);
