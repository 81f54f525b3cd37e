namespace Analysenotater.Statistics.Regression;

/// <summary>Cluster-robust covariance estimators.</summary>
public enum ClusterRobustType
{
    /// <summary>
    /// Liang–Zeger with the factor G/(G − 1) only, as <c>clubSandwich::vcovCR(type = "CR1")</c>; tests use t with
    /// G − 1 df (coef_test "naive-t"), or the normal with <see cref="ClusterRobustTest.Normal"/> (coef_test "z").
    /// </summary>
    CR1,

    /// <summary>
    /// Bell–McCaffrey bias-reduced estimator with (I − H_gg)^(−1/2) adjustments and Satterthwaite df per
    /// coefficient, as <c>clubSandwich::coef_test(vcov = "CR2", test = "Satterthwaite")</c>.
    /// </summary>
    /// <remarks>
    /// Computed without n_g × n_g matrices: the hat block H_gg = X_g M X_g' (M = (X'X)⁻¹) has rank ≤ p, so
    /// (I − H_gg)^(−1/2) acts through the eigen-decomposition Q Λ Q' of the p × p matrix M^(1/2) X_g'X_g M^(1/2):
    /// X_g'(I − H_gg)^(−1/2) e_g = r_g + G_g M^(1/2) Q diag(((1 − λ)^(−1/2) − 1)/λ) Q' M^(1/2) r_g with G_g = X_g'X_g and
    /// r_g = X_g'e_g. The Satterthwaite df use the same blocks (O(G p³) in all); the full derivation is in the
    /// remarks of the internal RobustCovariance class (Statistics/Regression/RobustCovariance.cs).
    /// </remarks>
    CR2,

    /// <summary>
    /// Liang–Zeger with Stata's small-sample factor G/(G − 1) · (n − 1)/(n − p), as Stata's <c>vce(cluster)</c>,
    /// R's <c>sandwich::vcovCL(type = "HC1")</c> and <c>clubSandwich::vcovCR(type = "CR1S")</c>; t with G − 1 df.
    /// </summary>
    CR1S,

    /// <summary>Liang–Zeger with the factor G/(G − p), as <c>clubSandwich::vcovCR(type = "CR1p")</c>; t with G − 1 df.</summary>
    CR1p,
}
