using Analysenotater.Reporting;

namespace Analysenotater.Text.Keyness;

/// <summary>Keyword-in-context lines for one word in screened comments.</summary>
public sealed class KeywordInContextResult : Result
{
    internal KeywordInContextResult(string questionId, string keyword, IReadOnlyList<KeywordInContextLine> lines, int respondents, int threshold, bool suppressed)
    {
        QuestionId = questionId;
        Keyword = keyword;
        Lines = lines;
        Respondents = suppressed ? null : respondents;
        Threshold = threshold;
        Suppressed = suppressed;
    }

    /// <summary>The question.</summary>
    public string QuestionId { get; }

    /// <summary>The keyword searched.</summary>
    public string Keyword { get; }

    /// <summary>The lines (empty when suppressed, so their number gives nothing away either).</summary>
    public IReadOnlyList<KeywordInContextLine> Lines { get; }

    /// <summary>
    /// How many respondents used the keyword; null when <see cref="Suppressed"/>: a withheld word reports nothing
    /// countable (not how many used it, not whether anyone did), so «below the threshold» is all that can be read.
    /// </summary>
    public int? Respondents { get; }

    /// <summary>The disclosure threshold applied.</summary>
    public int Threshold { get; }

    /// <summary>True when fewer than the threshold of respondents used the keyword, so no line is shown.</summary>
    public bool Suppressed { get; }

    /// <summary>The lines as a table.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder($"Nøkkelord i kontekst: «{Keyword}» ({QuestionId})", "Før", "Ord", "Etter");
        foreach (var l in Lines)
        {
            b.Row(ReportCell.FromText(l.Left), ReportCell.FromText(l.Keyword), ReportCell.FromText(l.Right));
        }

        b.Note(Suppressed
            ? $"Ordet er brukt av færre enn {Threshold} respondenter (kanskje ingen); ingen linjer vises."
            : $"{Lines.Count} forekomster hos {Respondents} respondenter. Bare screenede kommentarer (tilbakeholdte er utelatt, sladdet tekst vises som markør).");
        return b.Build();
    }
}
