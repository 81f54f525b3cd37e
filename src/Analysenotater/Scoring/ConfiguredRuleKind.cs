namespace Analysenotater.Scoring;

/// <summary>The formulas a <see cref="ConfiguredScoringRule"/> (defined in a study file) can use. Items are scored by their code after reversal.</summary>
public enum ConfiguredRuleKind
{
    /// <summary>Sum of the answered codes ÷ sum of the answered items' maxima × 100.</summary>
    SumOfMaxAnswered,

    /// <summary>Sum of the answered codes ÷ sum of every item's maximum × 100.</summary>
    SumOfMaxAll,

    /// <summary>Mean of the answered codes (in the scale's own units).</summary>
    Mean,

    /// <summary>Mean of (code − min) ÷ (max − min) × 100 over the answered items.</summary>
    Linear0To100,

    /// <summary>Sum of the answered codes × k ÷ answered (a sum prorated to all k items).</summary>
    Sum,
}
