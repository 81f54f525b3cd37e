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

    internal ScreenedComments(string questionId, IReadOnlyList<ScreenedComment> comments, ScreeningAuditLog audit, int rows, int respondents, Func<int, bool>? scope = null, string? withheldNote = null, Data.SurveyDataset? data = null)
    {
        Data = data is not null && data.RowCount == rows ? data : null;
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

    /// <summary>The dataset the comments were screened from (row = dataset row), whose release ledger the subsets and
    /// groups are settled with; null for texts screened from a list.</summary>
    internal Data.SurveyDataset? Data { get; }

    /// <summary>
    /// Settles groups of this run's rows with the dataset's release ledger (measure = the text column, every
    /// respondent counted; text is shown only at <see cref="DisclosureLevel.Full"/>). Returns, per group, whether
    /// it must be withheld because, together with what was released before from the same data, it would give a
    /// withheld group's text. Without a dataset nothing is lowered.
    /// </summary>
    /// <param name="keyOfRow">Per row of the run, the group key (−1: in no group).</param>
    /// <param name="own">Per key, the level the release alone allows.</param>
    /// <param name="policy">The rule.</param>
    internal bool[] SettleWithLedger(Func<int, int> keyOfRow, DisclosureLevel[] own, DisclosurePolicy policy)
    {
        if (Data is null || own.Length == 0)
        {
            return new bool[own.Length];
        }

        var keys = new int[Rows];
        for (var r = 0; r < Rows; r++)
        {
            keys[r] = keyOfRow(r);
        }

        var decision = ReleaseLedger.Of(Data).Settle(
            new ReleaseProposal(Data, QuestionId, null, [keys], [.. Enumerable.Range(0, own.Length).Select(k => new ReleaseGroup(0, k))], policy),
            caps => [.. own.Select((l, i) => l < caps[i] ? l : caps[i])]);
        return [.. own.Select((l, i) => l == DisclosureLevel.Full && decision.LoweredByLedger[i] && decision.Levels[i] < DisclosureLevel.Full)];
    }

    /// <summary>The note of a group withheld because of earlier releases.</summary>
    internal static string LedgerNote(string group) => Localization.Messages.Format("Release.TextHiddenByEarlierReleases", group);

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

        // Across releases: the subset is a group of the dataset's release ledger (overlapping subsets and groupings
        // of one run cannot be differenced).
        if (SettleWithLedger(r => InSubset(r) ? 0 : -1, [note is null ? DisclosureLevel.Full : DisclosureLevel.Nothing], policy)[0])
        {
            note = LedgerNote("utvalget");
        }

        return new ScreenedComments(QuestionId, [.. _comments.Where(c => keepRow(c.Row))], Audit, Rows, subset, InSubset, note, Data);
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

        // Across releases: the groups are groups of the dataset's release ledger.
        var index = labels.Select((l, g) => (l, g)).ToDictionary(x => x.l, x => x.g, StringComparer.Ordinal);
        var lowered = IsWithheld ? new bool[labels.Count]
            : SettleWithLedger(r => scope(r) && !string.IsNullOrWhiteSpace(groupLabels[r]) ? index[groupLabels[r]!] : -1, [.. levels.Take(labels.Count)], policy);
        return [.. labels.Select((label, g) =>
        {
            bool InGroup(int r) => scope(r) && groupLabels[r] == label;
            var note = IsWithheld ? WithheldNote
                : lowered[g] ? LedgerNote(label)
                : levels[g] == DisclosureLevel.Full ? null
                : $"{Reporting.ReportCell.SuppressedMarker} «{label}»: kommentarer, ord og sitater vises ikke fordi gruppen (eller en annen gruppe den ville avsløre) har for få svar ({policy.Description}).";
            return (label, new ScreenedComments(QuestionId, [.. _comments.Where(c => InGroup(c.Row))], Audit, Rows, respondents[g], InGroup, note, Data));
        })];
    }

    /// <inheritdoc />
    public override string ToString() => IsWithheld ? $"ScreenedComments {QuestionId}: withheld (disclosure control)"
        : $"ScreenedComments {QuestionId}: {Comments.Count} shown of {ScreenedCount} ({WithheldCount} withheld)";
}
