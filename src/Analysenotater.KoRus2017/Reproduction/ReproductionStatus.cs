namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>Outcome of comparing one published number with the value computed from microdata.</summary>
public enum ReproductionStatus
{
    /// <summary>The computed value rounds to the published value at the printed precision.</summary>
    Reproduced,

    /// <summary>Not reproduced at printed precision, but within the stated tolerance (alpha and beta ±0.02, indicator means ±2 points).</summary>
    WithinTolerance,

    /// <summary>Differs; <see cref="ReproductionRow.Reason"/> says why.</summary>
    Differs,

    /// <summary>Not a microdata quantity (dates, population figures, settings, numbers printed as '-'); listed, not counted.</summary>
    NotComputable,
}
