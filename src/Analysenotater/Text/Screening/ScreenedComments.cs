namespace Analysenotater.Text.Screening;

/// <summary>
/// The comments of one question after screening: only kept or redacted comments, never withheld ones, plus the audit
/// log. Only <see cref="CommentScreener"/> creates this type, and the word-frequency, keyness and keyword-in-context
/// APIs accept only this type, so unscreened or withheld text cannot reach them.
/// </summary>
public sealed class ScreenedComments
{
    internal ScreenedComments(string questionId, IReadOnlyList<ScreenedComment> comments, ScreeningAuditLog audit)
    {
        QuestionId = questionId;
        Comments = comments;
        Audit = audit;
    }

    /// <summary>The question (column) these comments answer.</summary>
    public string QuestionId { get; }

    /// <summary>The comments that may be shown, in row order.</summary>
    public IReadOnlyList<ScreenedComment> Comments { get; }

    /// <summary>The audit log of the whole screening run (including withheld comments, without text).</summary>
    public ScreeningAuditLog Audit { get; }

    /// <summary>The number of non-empty comments screened.</summary>
    public int ScreenedCount => Audit.Entries.Count;

    /// <summary>The number of comments withheld.</summary>
    public int WithheldCount => Audit.Count(ScreeningAction.Withhold);

    /// <summary>The comments whose row satisfies <paramref name="keepRow"/> (for subgroups); the audit stays that of the whole run.</summary>
    public ScreenedComments Where(Func<int, bool> keepRow)
    {
        ArgumentNullException.ThrowIfNull(keepRow);
        return new ScreenedComments(QuestionId, [.. Comments.Where(c => keepRow(c.Row))], Audit);
    }

    /// <inheritdoc />
    public override string ToString() => $"ScreenedComments {QuestionId}: {Comments.Count} shown of {ScreenedCount} ({WithheldCount} withheld)";
}
