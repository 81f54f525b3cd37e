using Analysenotater.Reporting;

namespace Analysenotater.Text.Frequencies;

/// <summary>The top words of one question per subgroup (for example municipality size or gender); one table per group.</summary>
public sealed class GroupedWordFrequencyResult : Result
{
    internal GroupedWordFrequencyResult(string questionId, IReadOnlyList<WordFrequencyResult> groups, int unlabelled)
    {
        QuestionId = questionId;
        Groups = groups;
        UnlabelledComments = unlabelled;
    }

    /// <summary>The question (column).</summary>
    public string QuestionId { get; }

    /// <summary>One result per group, in the order the labels first appear (or as given).</summary>
    public IReadOnlyList<WordFrequencyResult> Groups { get; }

    /// <summary>Shown comments whose respondent has no group label (counted in the group «Uoppgitt»).</summary>
    public int UnlabelledComments { get; }

    /// <summary>The result of one group; null when absent.</summary>
    public WordFrequencyResult? this[string group] => Groups.FirstOrDefault(g => g.Group == group);

    /// <summary>The result as a document with one table per group.</summary>
    public override ReportDocument Summary()
    {
        var parts = new List<ReportPart>();
        parts.AddRange(Groups.Select(g => g.Summary()));
        if (UnlabelledComments > 0)
        {
            parts.Add($"{UnlabelledComments} kommentarer uten gruppe er talt i gruppen «Uoppgitt».");
        }

        return new ReportDocument($"Mest brukte ord per gruppe: {QuestionId}", parts);
    }
}
