namespace Analysenotater.Text.Frequencies;

/// <summary>
/// One word (or phrase) of a frequency list: the form shown (the most frequent surface form of its group), the forms
/// grouped under it with their counts, how often it occurs and how many respondents used it.
/// </summary>
/// <param name="Word">The form shown: the most frequent released surface form (ties: alphabetically first); the key when no single form is released.</param>
/// <param name="Key">The grouping key: the stem (or the lower-cased form when stemming is off); stems joined by a space for phrases.</param>
/// <param name="Words">1 for a single word, 2 or more for a phrase.</param>
/// <param name="Occurrences">How many times it occurs in all comments.</param>
/// <param name="Respondents">How many comments (respondents) contain it at least once.</param>
/// <param name="Forms">The surface forms grouped under it that at least the disclosure threshold of respondents wrote, with their occurrences, most frequent first (a form fewer wrote is counted in <paramref name="Occurrences"/> but not named).</param>
public sealed record WordFrequencyEntry(string Word, string Key, int Words, int Occurrences, int Respondents, IReadOnlyList<KeyValuePair<string, int>> Forms)
{
    /// <summary>The grouped forms as printed: «bolig (12), boliger (3)».</summary>
    public string FormsText => string.Join(", ", Forms.Select(f => $"{f.Key} ({f.Value})"));
}
