namespace Analysenotater.Statistics.Proportions;

/// <summary>Confidence-interval methods for a proportion estimated under a complex survey design (as R <c>survey::svyciprop</c>).</summary>
public enum DesignProportionCiMethod
{
    /// <summary>
    /// Logit (svyciprop method "logit"): expit(logit(p̂) ± t(df)·SE(p̂)/(p̂(1−p̂))), t on the design degrees of freedom.
    /// The SE of logit(p̂) is the linearised SE of p̂ divided by p̂(1−p̂), which is what the intercept-only quasibinomial svyglm gives.
    /// </summary>
    Logit,

    /// <summary>
    /// Korn–Graubard (svyciprop method "beta"): Clopper–Pearson limits on the effective sample size
    /// n* = p̂(1−p̂)/V(p̂) · (t(n−1)/t(df))², with n the number of rows in the domain.
    /// </summary>
    KornGraubard,

    /// <summary>Wald with t on the design df (svyciprop method "mean"): p̂ ± t(df)·SE(p̂); can leave [0, 1].</summary>
    Wald,

    /// <summary>
    /// Profile likelihood (svyciprop method "likelihood"): the limits μ where the binomial deviance of the
    /// intercept-only quasibinomial model, scaled by its dispersion, reaches t²(df)·λ with the design effect
    /// λ = V(p̂)/(p̂(1−p̂)/n) (Rao–Scott scaling): 2 KL(p̂, μ)·(m − 1)/m = t²·V(p̂)/(p̂(1−p̂)), m the rows with non-zero
    /// weight. Solved exactly by bisection (R interpolates a spline through profile points, which moves its limits by
    /// about 1e-5 relative). Stays inside (0, 1); asymmetric like the logit interval.
    /// </summary>
    Likelihood,
}
