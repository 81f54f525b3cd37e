namespace Analysenotater.Data;

/// <summary>What a stored answer means for analysis.</summary>
public enum ResponseStatus
{
    /// <summary>A valid value that counts in percentages, means and indicators.</summary>
    Valid,

    /// <summary>Left blank (system missing).</summary>
    NoAnswer,

    /// <summary>«Ikke aktuelt».</summary>
    NotApplicable,

    /// <summary>«Har ikke».</summary>
    DoesNotHave,

    /// <summary>«Vet ikke».</summary>
    DontKnow,

    /// <summary>Skipped by a questionnaire filter.</summary>
    Skipped,
}
