namespace Analysenotater.Statistics.Logistic;

/// <summary>One group («decile of risk») of the Hosmer–Lemeshow test: its size and the observed and expected numbers of
/// events (y = 1) and non-events (y = 0). Expected = sum of the fitted probabilities in the group.</summary>
/// <param name="Size">Cases in the group.</param>
/// <param name="Observed1">Observed cases with y = 1.</param>
/// <param name="Expected1">Expected cases with y = 1 (Σ p̂).</param>
/// <param name="Observed0">Observed cases with y = 0.</param>
/// <param name="Expected0">Expected cases with y = 0 (Σ (1 − p̂)).</param>
public sealed record HosmerLemeshowGroup(int Size, int Observed1, double Expected1, int Observed0, double Expected0);
