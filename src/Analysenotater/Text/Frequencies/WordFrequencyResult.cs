using Analysenotater.Reporting;

namespace Analysenotater.Text.Frequencies;

/// <summary>
/// The top words of one question (and optionally one subgroup) after screening, with the settings, the number of
/// comments, the screening summary and the disclosure rule printed under the table. Words used by fewer respondents
/// than the threshold are not in <see cref="Entries"/>.
/// </summary>
public sealed class WordFrequencyResult : Result
{
    internal WordFrequencyResult(string questionId, string? group, WordFrequencySettings settings, IReadOnlyList<WordFrequencyEntry> entries,
        int comments, int commentsWithWords, int screened, int withheld, int suppressedTerms)
    {
        QuestionId = questionId;
        Group = group;
        Settings = settings;
        Entries = entries;
        Comments = comments;
        CommentsWithWords = commentsWithWords;
        ScreenedComments = screened;
        WithheldComments = withheld;
        SuppressedTerms = suppressedTerms;
    }

    /// <summary>The question (column).</summary>
    public string QuestionId { get; }

    /// <summary>The subgroup label, or null for all respondents.</summary>
    public string? Group { get; }

    /// <summary>The settings used.</summary>
    public WordFrequencySettings Settings { get; }

    /// <summary>The top words, ranked; only words used by at least <see cref="WordFrequencySettings.DisclosureThreshold"/> respondents.</summary>
    public IReadOnlyList<WordFrequencyEntry> Entries { get; }

    /// <summary>The number of comments counted (n): shown comments in this group.</summary>
    public int Comments { get; }

    /// <summary>The comments with at least one counted word.</summary>
    public int CommentsWithWords { get; }

    /// <summary>The non-empty comments screened for the question (all groups).</summary>
    public int ScreenedComments { get; }

    /// <summary>The comments withheld by screening for the question (all groups).</summary>
    public int WithheldComments { get; }

    /// <summary>How many distinct words were left out because fewer than the threshold of respondents used them.</summary>
    public int SuppressedTerms { get; }

    /// <summary>Why the list is empty by disclosure control (its group is below its tier); null when the list is shown.</summary>
    public string? SuppressionNote { get; init; }

    /// <summary>True when disclosure control withholds the whole list (no word, count or n of the group is shown).</summary>
    public bool IsSuppressed => SuppressionNote is not null;

    /// <summary>The entry for a word or phrase (shown form, any grouped form or key); null when not in the list.</summary>
    public WordFrequencyEntry? Find(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = Tokenization.NorwegianTokenizer.Lower(word.Trim());
        return Entries.FirstOrDefault(e => e.Word == w || e.Key == w || e.Forms.Any(f => f.Key == w));
    }

    /// <summary>The result as a table.</summary>
    public override ReportTable Summary()
    {
        var title = $"Mest brukte ord: {QuestionId}" + (Group is null ? "" : $" ({Group})");
        var b = new ReportTableBuilder(title, "Rang", "Ord", "Forekomster", "Respondenter", "Former");
        for (var i = 0; i < Entries.Count; i++)
        {
            var e = Entries[i];
            b.Row(ReportCell.FromCount(i + 1), ReportCell.FromText(e.Word), ReportCell.FromCount(e.Occurrences), ReportCell.FromCount(e.Respondents),
                ReportCell.FromText(e.Forms.Count > 1 ? e.FormsText : ""));
        }

        if (SuppressionNote is { } withheld)
        {
            return b.Note(withheld).Build();
        }

        var scope = Group is null ? "" : " i hele spørsmålet";
        return b.Note($"n = {Comments} kommentarer ({CommentsWithWords} med tellbare ord). Screenet{scope}: {ScreenedComments}; holdt tilbake: {WithheldComments} (teksten deres er ikke talt).")
            .Note($"Metode: ordfrekvens (forekomster = antall ganger ordet er skrevet; respondenter = antall kommentarer med ordet). Ord brukt av færre enn {Settings.DisclosureThreshold} respondenter vises ikke ({SuppressedTerms} ord skjult); terskelen kan ikke settes lavere enn 1.")
            .Note(Settings.Describe())
            .Build();
    }
}
