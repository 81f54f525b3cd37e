namespace Analysenotater.Statistics.Design;

/// <summary>How <see cref="SurveyDesign.FromDataset(Analysenotater.Data.SurveyDataset, SurveyDesignOptions?)"/> reads the design from a dataset's roles.</summary>
public sealed record SurveyDesignOptions
{
    /// <summary>The lonely-PSU policy; <see cref="LonelyPsuPolicy.Fail"/> by default, as in R.</summary>
    public LonelyPsuPolicy LonelyPsu { get; init; } = LonelyPsuPolicy.Fail;

    /// <summary>Use the municipality role as clusters (PSUs); true by default. False: every respondent is a PSU.</summary>
    public bool UseClusters { get; init; } = true;

    /// <summary>Use the size-group role as strata; true by default. False: one stratum.</summary>
    public bool UseStrata { get; init; } = true;

    /// <summary>Use the weight role when the column exists; true by default. False (or no column): all weights 1.</summary>
    public bool UseWeights { get; init; } = true;

    /// <summary>
    /// Optional finite-population correction: the number of PSUs in the population for each stratum code (for example
    /// the number of municipalities per size group). Null: sampling with replacement (no FPC).
    /// </summary>
    public IReadOnlyDictionary<int, double>? PopulationPsusByStratum { get; init; }

    /// <summary>Confidence level for the intervals; 0.95 by default.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;
}
