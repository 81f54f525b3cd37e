using Analysenotater.Reporting;
using Analysenotater.Text.Screening;

namespace Analysenotater.Text.Frequencies;

/// <summary>The top words of several open questions, each screened first, with a screening summary table.</summary>
public sealed class OpenQuestionsResult : Result
{
    internal OpenQuestionsResult(IReadOnlyList<ScreenedComments> screened, IReadOnlyList<WordFrequencyResult> questions)
    {
        Screened = screened;
        Questions = questions;
    }

    /// <summary>The screened comments per question (same order as <see cref="Questions"/>).</summary>
    public IReadOnlyList<ScreenedComments> Screened { get; }

    /// <summary>The word list per question.</summary>
    public IReadOnlyList<WordFrequencyResult> Questions { get; }

    /// <summary>The word list of one question; null when absent.</summary>
    public WordFrequencyResult? this[string questionId] => Questions.FirstOrDefault(q => q.QuestionId == questionId);

    /// <summary>Screening summary: per question, comments screened, kept, redacted and withheld.</summary>
    public ReportTable ScreeningSummary()
    {
        var b = new ReportTableBuilder("Screening av fritekst", "Spørsmål", "Kommentarer", "Beholdt", "Sladdet", "Holdt tilbake");
        foreach (var s in Screened)
        {
            b.Row(ReportCell.FromText(s.QuestionId), ReportCell.FromCount(s.ScreenedCount), ReportCell.FromCount(s.Audit.Count(ScreeningAction.Keep)),
                ReportCell.FromCount(s.Audit.Count(ScreeningAction.Redact)), ReportCell.FromCount(s.Audit.Count(ScreeningAction.Withhold)));
        }

        return b.Note(Screened.Count > 0 ? "Regel: " + Screened[0].Audit.Policy : "Ingen spørsmål.")
            .Note("Tilbakeholdte kommentarer er ikke med i noen ordliste.")
            .Build();
    }

    /// <summary>The whole result as a document: the screening summary, then one word list per question.</summary>
    public override ReportDocument Summary() => new("Åpne spørsmål", [ScreeningSummary(), .. Questions.Select(q => (ReportPart)q.Summary())]);
}
