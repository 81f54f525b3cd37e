namespace Analysenotater.Statistics.Regression;

/// <summary>Cluster-robust covariance estimators.</summary>
public enum ClusterRobustType
{
    /// <summary>
    /// Liang–Zeger with Stata's small-sample factor G/(G − 1) · (n − 1)/(n − p), as R's
    /// <c>sandwich::vcovCL(type = "HC1")</c>; tests use t with G − 1 df (as Stata).
    /// </summary>
    CR1,

    /// <summary>
    /// Bell–McCaffrey bias-reduced estimator with (I − H_gg)^(−1/2) adjustments and Satterthwaite df per
    /// coefficient, as <c>clubSandwich::coef_test(vcov = "CR2", test = "Satterthwaite")</c>.
    /// </summary>
    CR2,
}
