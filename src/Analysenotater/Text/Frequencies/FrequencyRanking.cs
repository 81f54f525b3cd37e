namespace Analysenotater.Text.Frequencies;

/// <summary>What the word list is sorted by.</summary>
public enum FrequencyRanking
{
    /// <summary>Occurrences (how many times the word is written in all comments; NVivo's word-frequency count). Ties by respondents, then alphabetically.</summary>
    Occurrences,

    /// <summary>Respondents (how many comments contain the word at least once). Ties by occurrences, then alphabetically.</summary>
    Respondents,
}
