using Analysenotater.Disclosure;
using Analysenotater.Reporting;

namespace Analysenotater.Scoring;

/// <summary>
/// Several indicator results side by side, one row each: n, mean, min, max and the rule — the layout of KoRus 2017
/// Tabell 2, or one indicator per group (<see cref="IndicatorScorer.ScoreBy"/>). Every row obeys its own
/// disclosure level; hidden cells show «*» with a note.
/// </summary>
public sealed class IndicatorSummaryTable : Result
{
    /// <summary>Creates a summary from labelled results (for example indicator names, or group labels).</summary>
    /// <exception cref="ArgumentException">No rows.</exception>
    public IndicatorSummaryTable(string title, IReadOnlyList<(string Label, IndicatorScores Scores)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException("An indicator summary needs at least one row.", nameof(rows));
        }

        Title = title ?? "";
        Rows = rows;
    }

    /// <summary>The caption.</summary>
    public string Title { get; }

    /// <summary>The labelled results in row order.</summary>
    public IReadOnlyList<(string Label, IndicatorScores Scores)> Rows { get; }

    /// <summary>The result of a row by label.</summary>
    /// <exception cref="KeyNotFoundException">No such row; the message lists the rows.</exception>
    public IndicatorScores this[string label] => Rows.FirstOrDefault(r => r.Label == label).Scores
        ?? throw new KeyNotFoundException($"No row '{label}'. Rows: {string.Join(", ", Rows.Select(r => r.Label))}.");

    /// <summary>The table: label, n, mean, min, max, rule; notes give each rule once and every suppression.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder(Title, "", "n", "Gjennomsnitt", "Min", "Maks", "Regel");
        foreach (var (label, s) in Rows)
        {
            var shown = s.Level != DisclosureLevel.Nothing;
            var full = s.Level == DisclosureLevel.Full;
            b.Row(ReportCell.FromText(label),
                shown ? ReportCell.FromCount(s.NScored) : ReportCell.Suppressed,
                shown ? ReportCell.FromNumber(s.Mean, 1) : ReportCell.Suppressed,
                full ? ReportCell.FromNumber(s.Min, 1) : ReportCell.Suppressed,
                full ? ReportCell.FromNumber(s.Max, 1) : ReportCell.Suppressed,
                ReportCell.FromText(s.RuleId));
        }

        foreach (var rule in Rows.Select(r => r.Scores.Rule).Distinct())
        {
            b.Note($"Skåringsregel {rule.Id}: {rule.Description} Gjennomsnittet er {rule.SummaryMeanDescription}.");
        }

        foreach (var (label, s) in Rows)
        {
            if ((s.IsHiddenByEarlierReleases ? DisclosurePolicy.LedgerNote(label) : s.Disclosure.NoteFor(label, s.UnreleasedNScored, s.Level, s.IsSecondarySuppressed)) is { } n)
            {
                b.Note(n);
            }
        }

        foreach (var pn in Rows.Select(r => r.Scores.Disclosure.PolicyNote).OfType<string>().Distinct())
        {
            b.Note(pn);
        }

        return b.Build();
    }
}
