namespace Analysenotater.Text.Keyness;

/// <summary>One word compared between two groups.</summary>
/// <param name="Word">The form shown (most frequent surface form over both groups).</param>
/// <param name="Key">The grouping key (stem or lower-cased form).</param>
/// <param name="CountA">Occurrences in group A.</param>
/// <param name="CountB">Occurrences in group B.</param>
/// <param name="RespondentsA">Respondents in group A using it.</param>
/// <param name="RespondentsB">Respondents in group B using it.</param>
/// <param name="G2">Dunning's log-likelihood G².</param>
/// <param name="LogRatio">log2 of relative frequency in A over B (zero counts as 0.5); positive = more typical of A.</param>
/// <param name="PValue">p-value of G² (chi-square, 1 df), not adjusted for the many words tested.</param>
public sealed record KeynessEntry(string Word, string Key, int CountA, int CountB, int RespondentsA, int RespondentsB, double G2, double LogRatio, double PValue);
