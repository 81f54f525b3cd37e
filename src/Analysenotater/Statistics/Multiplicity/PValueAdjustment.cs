namespace Analysenotater.Statistics.Multiplicity;

/// <summary>Methods for adjusting p-values over a family of tests (names as R's p.adjust).</summary>
public enum PValueAdjustment
{
    /// <summary>Holm's step-down method: controls the family-wise error rate under any dependence.</summary>
    Holm,

    /// <summary>Benjamini–Hochberg step-up method ("BH", "fdr"): controls the false discovery rate under independence or positive dependence.</summary>
    BenjaminiHochberg,
}
