namespace Analysenotater.Statistics.Logistic;

/// <summary>How the Newton–Raphson (IRLS) iterations of a logistic fit ended.</summary>
/// <param name="Iterations">Newton steps taken.</param>
/// <param name="MaxAbsoluteChange">max_j |Δβ_j| of the last step (log-odds units).</param>
/// <param name="StepHalvings">Total number of step halvings (a step that did not lower −2 log likelihood is halved, up to 30 times).</param>
/// <param name="Tolerance">The convergence criterion: every |Δβ_j| ≤ tolerance · max(1, |β_j|).</param>
public sealed record LogisticConvergence(int Iterations, double MaxAbsoluteChange, int StepHalvings, double Tolerance);
