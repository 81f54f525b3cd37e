namespace Analysenotater.Statistics.Reliability;

/// <summary>The scale-level figures beyond alpha that <see cref="ReliabilityResult"/> exposes (internal carrier).</summary>
internal sealed record ReliabilityExtras(double SumMean, double SumVariance, double G6, double MedianR, double SignalToNoise, double AlphaAse,
    double FeldtDf1, double FeldtDf2, double OmegaTotalObserved, double OmegaHierarchical, double OmegaMl, double[] MlLoadings);
