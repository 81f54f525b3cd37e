namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>
/// How a published number is computed from microdata. Percent = 100 × (respondents in the group whose answer to any
/// of <see cref="ItemIds"/> is in <see cref="Codes"/> (or, for numeric variables, within
/// [<see cref="RangeLow"/>, <see cref="RangeHigh"/>])) ÷ (respondents in the group and in the denominator).
/// </summary>
/// <param name="Statistic">The kind of quantity.</param>
/// <param name="ItemIds">Item or column ids; several ids mean "any of them ticked" (a union of check boxes).</param>
/// <param name="Codes">Answer codes counted in the numerator (empty for numeric statistics).</param>
/// <param name="Denominator">Which respondents the percentage is taken of.</param>
/// <param name="FilterColumn">Group column (<c>kommunestorrelse</c> or <c>kjonn</c>), or null for everyone.</param>
/// <param name="FilterCode">Code of the group in <paramref name="FilterColumn"/>.</param>
public sealed record PublishedMeasure(
    PublishedStatistic Statistic,
    IReadOnlyList<string> ItemIds,
    IReadOnlyList<int> Codes,
    PublishedDenominator Denominator,
    string? FilterColumn = null,
    int FilterCode = 0)
{
    /// <summary>Codes that form the denominator when <see cref="Denominator"/> is <see cref="PublishedDenominator.Codes"/>.</summary>
    public IReadOnlyList<int> DenominatorCodes { get; init; } = [];

    /// <summary>Lower bound (inclusive) for numeric variables, or null.</summary>
    public double? RangeLow { get; init; }

    /// <summary>Upper bound (inclusive) for numeric variables, or null.</summary>
    public double? RangeHigh { get; init; }

    /// <summary>Indicator id for indicator statistics and regressions (the dependent variable), or null.</summary>
    public string? IndicatorId { get; init; }

    /// <summary>Regression model id (<c>M1</c>…<c>M6</c> of regressions.csv), or null.</summary>
    public string? ModelId { get; init; }

    /// <summary>Predictors of the regression model, in order, or empty.</summary>
    public IReadOnlyList<string> Predictors { get; init; } = [];

    /// <summary>The predictor whose beta is published, or null.</summary>
    public string? Predictor { get; init; }

    /// <summary>For <see cref="PublishedStatistic.TopWord"/>: the open question, the listed word and its place in the printed list.</summary>
    public string? Word { get; init; }

    /// <summary>True when the measure involves exactly one coded item and no numeric range.</summary>
    public bool IsSingleItem => ItemIds.Count == 1 && RangeLow is null && RangeHigh is null && IndicatorId is null;
}
