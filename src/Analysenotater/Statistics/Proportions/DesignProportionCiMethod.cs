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
}
