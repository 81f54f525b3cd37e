using Analysenotater.Reporting;
using Analysenotater.Text.Frequencies;

namespace Analysenotater.Text.Keyness;

/// <summary>Words more typical of one group than another (keyness), with settings, corpus sizes and the disclosure rule printed.</summary>
public sealed class KeynessResult : Result
{
    internal KeynessResult(string questionId, string labelA, string labelB, int tokensA, int tokensB, int commentsA, int commentsB,
        IReadOnlyList<KeynessEntry> entries, WordFrequencySettings settings, int suppressed)
    {
        QuestionId = questionId;
        LabelA = labelA;
        LabelB = labelB;
        TokensA = tokensA;
        TokensB = tokensB;
        CommentsA = commentsA;
        CommentsB = commentsB;
        Entries = entries;
        Settings = settings;
        SuppressedTerms = suppressed;
    }

    /// <summary>The question.</summary>
    public string QuestionId { get; }

    /// <summary>The label of group A.</summary>
    public string LabelA { get; }

    /// <summary>The label of group B.</summary>
    public string LabelB { get; }

    /// <summary>Counted single-word tokens in A (corpus size c).</summary>
    public int TokensA { get; }

    /// <summary>Counted single-word tokens in B (corpus size d).</summary>
    public int TokensB { get; }

    /// <summary>Comments in A.</summary>
    public int CommentsA { get; }

    /// <summary>Comments in B.</summary>
    public int CommentsB { get; }

    /// <summary>Words sorted by G² (largest first), at most <see cref="WordFrequencySettings.TopN"/>, each used by at least the threshold of respondents in A and B together.</summary>
    public IReadOnlyList<KeynessEntry> Entries { get; }

    /// <summary>The settings used.</summary>
    public WordFrequencySettings Settings { get; }

    /// <summary>Words left out because too few respondents used them.</summary>
    public int SuppressedTerms { get; }

    /// <summary>The result as a table.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder($"Nøkkelord: {QuestionId}, {LabelA} mot {LabelB}", "Ord", $"Antall {LabelA}", $"Antall {LabelB}", "G²", "Log-ratio", "p");
        foreach (var e in Entries)
        {
            b.Row(ReportCell.FromText(e.Word), ReportCell.FromCount(e.CountA), ReportCell.FromCount(e.CountB), ReportCell.FromNumber(e.G2, 2),
                ReportCell.FromNumber(e.LogRatio, 2), ReportCell.FromPValue(e.PValue));
        }

        return b.Note($"n = {CommentsA} kommentarer ({TokensA} tellbare ord) i {LabelA}; {CommentsB} kommentarer ({TokensB} ord) i {LabelB}.")
            .Note("Metode: Dunnings log-likelihood G² (2 × Σ O·ln(O/E)) og log-ratio = log2 av relativ frekvens i A delt på B (0 erstattet med 0,5); positiv log-ratio = mer typisk for A. p-verdier er ikke justert for mange ord.")
            .Note($"Ord brukt av færre enn {Settings.DisclosureThreshold} respondenter i alt vises ikke ({SuppressedTerms} ord skjult).")
            .Note(Settings.Describe())
            .Build();
    }
}
