namespace Analysenotater.Statistics.Regression;

/// <summary>Heteroskedasticity-consistent covariance estimators (as R's sandwich::vcovHC).</summary>
public enum RobustVarianceType
{
    /// <summary>White's estimator: Σ e_i² x_i x_i'.</summary>
    HC0,

    /// <summary>HC0 × n / (n − p) (SPSS/Stata "robust").</summary>
    HC1,

    /// <summary>e_i² / (1 − h_ii).</summary>
    HC2,

    /// <summary>e_i² / (1 − h_ii)² (the default of sandwich::vcovHC).</summary>
    HC3,
}
