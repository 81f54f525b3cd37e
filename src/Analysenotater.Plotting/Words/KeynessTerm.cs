namespace Analysenotater.Plotting.Words;

/// <summary>A word's keyness between two groups of texts.</summary>
/// <param name="Word">The word.</param>
/// <param name="LogRatio">Effect size: log2 of the ratio of relative frequencies (positive = more typical of the first group).</param>
/// <param name="LogLikelihood">Dunning's G² (the significance of the difference).</param>
public sealed record KeynessTerm(string Word, double LogRatio, double LogLikelihood);
