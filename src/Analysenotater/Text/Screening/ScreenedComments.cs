using Analysenotater.Disclosure;

namespace Analysenotater.Text.Screening;

/// <summary>
/// The comments of one question after screening: only kept or redacted comments, never withheld ones, plus the audit
/// log. Only <see cref="CommentScreener"/> creates this type, and the word-frequency, keyness and keyword-in-context
/// APIs accept only this type, so unscreened or withheld text cannot reach them. A subset (<see cref="Where"/>,
/// <see cref="ByGroup"/>) follows its group's disclosure tier: text is shown only for a group released in full; for a
/// withheld group <see cref="Comments"/> is empty and <see cref="IsWithheld"/> is true, so no comment, word, phrase or
/// keyword-in-context line of it reaches any output.
/// </summary>
public sealed class ScreenedComments
{
    private readonly IReadOnlyList<ScreenedComment> _comments;

    internal ScreenedComments(string questionId, IReadOnlyList<ScreenedComment> comments, ScreeningAuditLog audit, int rows, int respondents, Func<int, bool>? scope = null, string? withheldNote = null)
    {
        Rows = rows;
        QuestionId = questionId;
        _comments = comments;
        Audit = audit;
        Respondents = respondents;
        Scope = scope ?? (_ => true);
        WithheldNote = withheldNote;
    }

    /// <summary>The question (column) these comments answer.</summary>
    public string QuestionId { get; }

    /// <summary>The comments that may be shown, in row order; empty for a withheld group.</summary>
    public IReadOnlyList<ScreenedComment> Comments => IsWithheld ? [] : _comments;

    /// <summary>The audit log of the whole screening run (including withheld comments, without text).</summary>
    public ScreeningAuditLog Audit { get; }

    /// <summary>The number of non-empty comments screened.</summary>
    public int ScreenedCount => Audit.Entries.Count;

    /// <summary>The number of comments withheld.</summary>
    public int WithheldCount => Audit.Count(ScreeningAction.Withhold);

    /// <summary>True when disclosure control withholds every comment of this subset (its group is below its tier).</summary>
    public bool IsWithheld => WithheldNote is not null;

    /// <summary>Why the subset is withheld (bokmål, for notes); null when it is shown.</summary>
    public string? WithheldNote { get; }

    /// <summary>The respondents (dataset rows, with or without a comment) in scope; the tier is judged on this n.</summary>
    internal int Respondents { get; }

    /// <summary>Whether a row is in scope.</summary>
    internal Func<int, bool> Scope { get; }

    /// <summary>The rows of the whole run (the number of texts screened, with or without a comment).</summary>
    internal int Rows { get; }

    /// <summary>
    /// The comments whose row satisfies <paramref name="keepRow"/> (a subgroup); the audit stays that of the whole run.
    /// The subgroup follows its tier under <paramref name="context"/> (default KoRus 2017): it and the rest of this
    /// set are decided as two groups of one table, and unless it is released in full it is withheld (no text at all).
    /// </summary>
    public ScreenedComments Where(Func<int, bool> keepRow, AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(keepRow);
        var policy = (context ?? AnalysisContext.Default).Disclosure;
        var scope = Scope;
        bool InSubset(int r) => scope(r) && keepRow(r);
        var subset = Enumerable.Range(0, Rows).Count(InSubset);
        var note = IsWithheld ? WithheldNote
            : GroupRelease.SubsetMayShowText(policy, subset, Respondents - subset) ? null
            : $"{Reporting.ReportCell.SuppressedMarker} Kommentarene i utvalget vises ikke: utvalget eller resten har for få svar ({policy.Description}).";
        return new ScreenedComments(QuestionId, [.. _comments.Where(c => keepRow(c.Row))], Audit, Rows, subset, InSubset, note);
    }

    /// <summary>
    /// The comments per group, with one group label per row (null or blank: no group). The groups, everyone and the
    /// respondents without a group are decided together as one table under <paramref name="context"/> (default KoRus
    /// 2017), on respondents per group (rows, with or without a comment), with secondary suppression: a group not
    /// released in full is withheld, and so is a group whose text would otherwise give a withheld group's as the rest.
    /// Respondents without a group are never shown as a group.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="groupLabels"/> has fewer entries than the screened rows.</exception>
    public IReadOnlyList<(string Group, ScreenedComments Comments)> ByGroup(IReadOnlyList<string?> groupLabels, AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(groupLabels);
        if (groupLabels.Count < Rows)
        {
            throw new ArgumentException($"Question '{QuestionId}': {groupLabels.Count} group labels were given for {Rows} rows.", nameof(groupLabels));
        }

        var policy = (context ?? AnalysisContext.Default).Disclosure;
        var labels = new List<string>();
        var respondents = new List<int>();
        var without = 0;
        for (var r = 0; r < Rows; r++)
        {
            if (!Scope(r))
            {
                continue;
            }

            var l = groupLabels[r];
            if (string.IsNullOrWhiteSpace(l))
            {
                without++;
                continue;
            }

            var g = labels.IndexOf(l);
            if (g < 0)
            {
                labels.Add(l);
                respondents.Add(0);
                g = labels.Count - 1;
            }

            respondents[g]++;
        }

        var (levels, _) = policy.IsDisabled ? ([.. labels.Select(_ => DisclosureLevel.Full)], new bool[labels.Count]) : GroupRelease.Decide(policy, respondents, without, labels);
        var scope = Scope;
        return [.. labels.Select((label, g) =>
        {
            bool InGroup(int r) => scope(r) && groupLabels[r] == label;
            var note = IsWithheld ? WithheldNote
                : levels[g] == DisclosureLevel.Full ? null
                : $"{Reporting.ReportCell.SuppressedMarker} «{label}»: kommentarer, ord og sitater vises ikke fordi gruppen (eller en annen gruppe den ville avsløre) har for få svar ({policy.Description}).";
            return (label, new ScreenedComments(QuestionId, [.. _comments.Where(c => InGroup(c.Row))], Audit, Rows, respondents[g], InGroup, note));
        })];
    }

    /// <inheritdoc />
    public override string ToString() => IsWithheld ? $"ScreenedComments {QuestionId}: withheld (disclosure control)"
        : $"ScreenedComments {QuestionId}: {Comments.Count} shown of {ScreenedCount} ({WithheldCount} withheld)";
}
