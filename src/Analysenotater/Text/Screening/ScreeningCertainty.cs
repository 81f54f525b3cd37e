namespace Analysenotater.Text.Screening;

/// <summary>How sure a detector is that a flagged span identifies someone; <see cref="ScreeningStrictness"/> decides what a doubtful flag does.</summary>
public enum ScreeningCertainty
{
    /// <summary>The span identifies or points at a person in any reasonable reading (a name in a name context, a valid identity number, a stated age).</summary>
    Certain,

    /// <summary>The span may identify someone (a capitalised unknown word, a common word in a name-like position, a date without an event); withheld under <see cref="ScreeningStrictness.Strict"/> only.</summary>
    Doubtful,
}
