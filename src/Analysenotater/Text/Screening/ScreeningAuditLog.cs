using Analysenotater.Reporting;

namespace Analysenotater.Text.Screening;

/// <summary>
/// The decisions of one screening run, one entry per non-empty comment, without any comment text: which rows were kept,
/// redacted or withheld and why. Renders as a table (row, decision, kinds, reasons) with a count note.
/// </summary>
public sealed class ScreeningAuditLog : Result
{
    internal ScreeningAuditLog(string questionId, IReadOnlyList<ScreeningAuditEntry> entries, string policy)
    {
        QuestionId = questionId;
        Entries = entries;
        Policy = policy;
    }

    /// <summary>The question (column) screened.</summary>
    public string QuestionId { get; }

    /// <summary>One entry per non-empty comment, in row order.</summary>
    public IReadOnlyList<ScreeningAuditEntry> Entries { get; }

    /// <summary>The policy used, as printed by <see cref="ScreeningPolicy.Describe"/>.</summary>
    public string Policy { get; }

    /// <summary>The number of comments with this decision.</summary>
    public int Count(ScreeningAction decision) => Entries.Count(e => e.Decision == decision);

    /// <summary>The audit as a table (no comment text).</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder($"Screeningslogg: {QuestionId}", "Rad", "Beslutning", "Typer", "Detektor og spenn", "Begrunnelser");
        foreach (var e in Entries)
        {
            b.Row(
                ReportCell.FromCount(e.Row + 1),
                ReportCell.FromText(DecisionLabel(e.Decision)),
                ReportCell.FromText(string.Join(", ", e.Flags.Select(f => Analysenotater.Localization.Messages.Name(f.Kind)).Distinct())),
                ReportCell.FromText(string.Join("; ", e.Flags.Select(Span))),
                ReportCell.FromText(string.Join("; ", e.Flags.Select(f => f.Certainty == ScreeningCertainty.Doubtful ? f.Reason + " (tvil)" : f.Reason))));
        }

        return b.Note($"{Entries.Count} kommentarer screenet: {Count(ScreeningAction.Keep)} beholdt, {Count(ScreeningAction.Redact)} sladdet, {Count(ScreeningAction.Withhold)} holdt tilbake.")
            .Note("Loggen inneholder ikke kommentarteksten: hvert funn er oppgitt med detektor og tegnposisjoner (0-basert, slutt eksklusiv). Rad er 1-basert. «(tvil)» = usikkert funn, som bare teller med streng regel.")
            .Note("Regel: " + Policy)
            .Build();
    }

    /// <summary>«detektor tegn 12–18»: the detector and the flagged span as offsets (never the text).</summary>
    internal static string Span(ScreeningFlag f) => $"{f.DetectorName} tegn {f.Start}–{f.End}";

    /// <summary>The Norwegian label of a decision.</summary>
    internal static string DecisionLabel(ScreeningAction a) => a switch
    {
        ScreeningAction.Keep => "beholdt",
        ScreeningAction.Redact => "sladdet",
        _ => "holdt tilbake",
    };
}
