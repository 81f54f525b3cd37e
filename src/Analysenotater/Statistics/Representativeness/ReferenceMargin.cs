namespace Analysenotater.Statistics.Representativeness;

/// <summary>
/// One row of a representativeness table: a characteristic measured in the sample and in the reference population
/// (for example «Kjønn (menn)»: 70 % in the survey, 70 % in BrukerPlan 2016). Immutable.
/// </summary>
public sealed record ReferenceMargin
{
    /// <summary>The variable group (for example «Utdanning»), used to group rows.</summary>
    public required string Variable { get; init; }

    /// <summary>The row label as printed (for example «Fullført VGS»).</summary>
    public required string Label { get; init; }

    /// <summary>The sample value: a percentage 0–100 or a mean.</summary>
    public required double SampleValue { get; init; }

    /// <summary>The reference value: a percentage 0–100 or a mean.</summary>
    public required double ReferenceValue { get; init; }

    /// <summary>Percent or mean.</summary>
    public MarginUnit Unit { get; init; } = MarginUnit.Percent;

    /// <summary>Respondents behind the sample value (the denominator); null when not known (then no test is made).</summary>
    public int? SampleN { get; init; }

    /// <summary>Sample SD for a mean (needed for its test and standardised difference); null when not known.</summary>
    public double? SampleSd { get; init; }

    /// <summary>Reference SD for a mean (for the standardised difference); null when not known.</summary>
    public double? ReferenceSd { get; init; }

    /// <summary>Where the numbers come from (table, page).</summary>
    public string Source { get; init; } = "";

    /// <summary>A note on definition or doubts.</summary>
    public string Note { get; init; } = "";
}
