namespace Analysenotater.Statistics.Multilevel;

/// <summary>
/// One cluster's predicted random intercept (BLUP, as R <c>lme4::ranef</c>): τ̂² / (σ̂² + n_g τ̂²) times the sum of the
/// cluster's GLS residuals, in the units of the dependent variable.
/// </summary>
/// <param name="Cluster">The cluster id.</param>
/// <param name="N">The cluster's complete cases; 0 when suppressed.</param>
/// <param name="Effect">The BLUP; NaN when suppressed.</param>
/// <param name="Suppressed">Whether the cluster has fewer complete cases than the disclosure rule's threshold for
/// means, so its effect (with the fixed effects: its members' mean answer) is not shown.</param>
public sealed record GroupEffect(int Cluster, int N, double Effect, bool Suppressed);
