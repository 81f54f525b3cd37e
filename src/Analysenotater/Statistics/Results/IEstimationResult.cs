using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Results;

/// <summary>
/// The contract of estimates and models (statsmodels' results shape): the estimated parameters with SEs, df and
/// intervals, n, the method and notes, and the <see cref="IResult.Summary"/> to render. Robust and cluster-robust
/// variants of a fit are the same result type with another <see cref="Method"/>.
/// </summary>
public interface IEstimationResult : IResult
{
    /// <summary>The estimation and variance method in words (bokmål).</summary>
    string Method { get; }

    /// <summary>The number of cases (rows) used.</summary>
    long N { get; }

    /// <summary>The confidence level of the intervals in <see cref="IResult.Summary"/>.</summary>
    double ConfidenceLevel { get; }

    /// <summary>The estimated parameters: the coefficients of a model, or the single estimate.</summary>
    IReadOnlyList<IEstimate> Parameters { get; }

    /// <summary>The labels shown for variables and codes (a model's come from its dataset's instrument and study);
    /// <see cref="Reporting.VariableLabels.None"/> when the result has none.</summary>
    Reporting.VariableLabels Labels => Reporting.VariableLabels.None;
}
