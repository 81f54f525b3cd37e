namespace Analysenotater.Text.Screening;

/// <summary>What happens to a comment (or a flagged detail) after screening.</summary>
public enum ScreeningAction
{
    /// <summary>Keep the text as written. Never a default: a policy must say so explicitly.</summary>
    Keep,

    /// <summary>Replace the flagged span with a marker such as «[navn]» and keep the rest of the comment.</summary>
    Redact,

    /// <summary>Withhold the whole comment: its text reaches no output, word list or chart.</summary>
    Withhold,
}
