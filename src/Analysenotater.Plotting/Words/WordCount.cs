namespace Analysenotater.Plotting.Words;

/// <summary>A word (or phrase) with its count.</summary>
/// <param name="Word">The word or phrase as shown.</param>
/// <param name="Count">Occurrences, or respondents using it, as the caller chose.</param>
public sealed record WordCount(string Word, int Count);
