namespace Analysenotater.Statistics.Regression;

/// <summary>The reference distribution of cluster-robust coefficient tests and intervals.</summary>
public enum ClusterRobustTest
{
    /// <summary>t with G − 1 df for CR1, CR1S and CR1p (clubSandwich coef_test "naive-t", Stata); Satterthwaite df per coefficient for CR2.</summary>
    Default,

    /// <summary>The standard normal (clubSandwich coef_test(test = "z")): large-G theory, anti-conservative with few clusters.</summary>
    Normal,
}
