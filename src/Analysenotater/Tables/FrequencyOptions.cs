namespace Analysenotater.Tables;

/// <summary>How a frequency table is built. The defaults: every valid option as its own category, percentages of valid answers, no decimals.</summary>
public sealed record FrequencyOptions
{
    /// <summary>The defaults.</summary>
    public static FrequencyOptions Default { get; } = new();

    /// <summary>Collapse valid codes into categories (for example <see cref="Recode.KoRusThreeWay"/>); null keeps every valid option.</summary>
    public Recode? Recode { get; init; }

    /// <summary>What percentages are taken of (default: valid answers only).</summary>
    public Denominator Denominator { get; init; } = Denominator.Valid;

    /// <summary>
    /// Labels for the codes of the grouping variable(s); null uses the item scale's labels when the variable is an
    /// item, <see cref="GroupLabels.SizeGroup"/> for the size-group role, <see cref="GroupLabels.Gender"/> for the
    /// gender role, and the value itself otherwise.
    /// </summary>
    public IReadOnlyDictionary<int, string>? GroupLabels { get; init; }

    /// <summary>Labels for the codes of the second grouping variable (same defaults as <see cref="GroupLabels"/>).</summary>
    public IReadOnlyDictionary<int, string>? SecondGroupLabels { get; init; }

    /// <summary>Decimals shown for percentages (default 0, as printed in the KoRus report).</summary>
    public int Decimals { get; init; }

    /// <summary>
    /// A numeric weight column (for example <c>vekt</c> from raking); null = unweighted. With weights, percentages are
    /// weighted (Σ w in the category ÷ Σ w in the denominator, as R <c>prop.table(xtabs(w ~ …))</c> or SPSS with
    /// WEIGHT BY), while counts, n and the disclosure rules stay on the unweighted answers. A missing, negative or
    /// non-finite weight is an error naming the row.
    /// </summary>
    public string? Weights { get; init; }
}
