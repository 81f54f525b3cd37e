using Analysenotater.Statistics.Results;

namespace Analysenotater.Statistics.Regression;

/// <summary>
/// A linear model's coefficients under one estimation and variance method (OLS with classical, HC or cluster-robust
/// SEs, design-based, mixed model): the <see cref="IEstimationResult"/> contract with the coefficients typed.
/// </summary>
public interface IRegressionResult : IEstimationResult
{
    /// <summary>The dependent variable.</summary>
    string DependentName { get; }

    /// <summary>The coefficients, constant first (units of y per unit of the predictor).</summary>
    IReadOnlyList<CoefficientEstimate> Coefficients { get; }

    /// <summary>The covariance matrix of the coefficients under <see cref="IEstimationResult.Method"/>, row-major p × p.</summary>
    IReadOnlyList<double> Covariance { get; }

    /// <summary>The coefficient with this name.</summary>
    /// <exception cref="KeyNotFoundException">No such coefficient; the message lists the names.</exception>
    CoefficientEstimate this[string name] { get; }
}
