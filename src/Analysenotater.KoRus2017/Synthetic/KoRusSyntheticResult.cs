using Analysenotater.Data;

namespace Analysenotater.KoRus2017.Synthetic;

/// <summary>Output of <see cref="KoRusSyntheticGenerator.GenerateDetailed"/>: the dataset plus what the generator knows about it.</summary>
public sealed class KoRusSyntheticResult
{
    internal KoRusSyntheticResult(SurveyDataset dataset, ulong seed, IReadOnlyList<IdentifyingDetail> identifying, IReadOnlyList<CalibrationStep> calibration, int optimizerMisses)
    {
        Dataset = dataset;
        Seed = seed;
        IdentifyingDetails = identifying;
        Calibration = calibration;
        OptimizerMisses = optimizerMisses;
    }

    /// <summary>491 synthetic respondents × the KoRus 2017 items plus lopenr, kommune, kommunestorrelse, kjonn and alder.</summary>
    public SurveyDataset Dataset { get; }

    /// <summary>Seed the data was generated from.</summary>
    public ulong Seed { get; }

    /// <summary>Identifying details planted in open-text answers (ground truth for screening; not part of the dataset).</summary>
    public IReadOnlyList<IdentifyingDetail> IdentifyingDetails { get; }

    /// <summary>Calibrated latent-structure quantities (alphas, betas, means, complete-case n).</summary>
    public IReadOnlyList<CalibrationStep> Calibration { get; }

    /// <summary>Number of single-item published numbers the count optimizer could not meet (conflicting targets).</summary>
    public int OptimizerMisses { get; }
}
