namespace Analysenotater.Instruments;

/// <summary>Why an answer does not count as a valid value for analysis.</summary>
public enum MissingReason
{
    /// <summary>The respondent left the item blank (system missing).</summary>
    NoAnswer,

    /// <summary>«Ikke aktuelt»: a real answer that is excluded from percentages and indicators.</summary>
    NotApplicable,

    /// <summary>«Har ikke» (for example no individual plan): a real answer excluded from satisfaction percentages.</summary>
    DoesNotHave,

    /// <summary>«Vet ikke»: a real answer excluded from analysis.</summary>
    DontKnow,

    /// <summary>Skipped by a filter or condition in the questionnaire.</summary>
    Skipped,
}
