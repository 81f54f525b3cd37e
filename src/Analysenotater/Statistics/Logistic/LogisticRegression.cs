using Analysenotater.Statistics.Regression;

namespace Analysenotater.Statistics.Logistic;

/// <summary>
/// Binary logistic regression by maximum likelihood, with SPSS LOGISTIC REGRESSION's output («Variables in the
/// Equation», model summary, omnibus test, Hosmer–Lemeshow, classification table).
/// Usage: <c>LogisticRegression.Fit(ModelSpecification.For(data, "fornoyd").Numeric("alder").Categorical("kjonn", reference: "1"))</c>.
/// </summary>
/// <remarks>
/// The dependent variable must be coded 0/1 (1 = the event, e.g. «fornøyd» = answer 4–5); missing values (NaN, and
/// every missing kind of an item's answer scale) and rows missing on any predictor, cluster, stratum or weight named in
/// the specification are deleted listwise and counted. Weights in the specification are ignored by this unweighted
/// fit; they are used by <see cref="SurveyLogisticRegression"/>.
/// </remarks>
public static class LogisticRegression
{
    /// <summary>Builds the specification and fits it.</summary>
    /// <exception cref="ModelSpecificationException">The outcome is not 0/1 (the message names the column, row and value),
    /// has only one value, or a predictor is constant or collinear (named).</exception>
    /// <exception cref="LogisticFitException">Complete or quasi-complete separation, or no convergence (the predictor is named).</exception>
    public static LogisticResult Fit(ModelSpecification specification, double confidenceLevel = 0.95, double classificationCut = 0.5)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return Fit(specification.Build(), confidenceLevel, classificationCut);
    }

    /// <summary>Fits the model on the frame's complete cases by Newton–Raphson (IRLS) with step halving; converged when
    /// every |Δβ_j| ≤ 1e-10 · max(1, |β_j|), at most 50 iterations.</summary>
    /// <param name="frame">The model from <see cref="ModelSpecification.Build"/>.</param>
    /// <param name="confidenceLevel">Level of the Wald intervals for Exp(B), default 0.95.</param>
    /// <param name="classificationCut">Cut on p̂ for the classification table (p̂ &gt; cut → 1), default 0.5.</param>
    /// <exception cref="ArgumentOutOfRangeException">A level or cut outside (0, 1).</exception>
    /// <exception cref="ModelSpecificationException">The outcome is not 0/1 or constant; a predictor is constant or collinear; n ≤ p.</exception>
    /// <exception cref="LogisticFitException">Complete or quasi-complete separation, or no convergence.</exception>
    public static LogisticResult Fit(ModelFrame frame, double confidenceLevel = 0.95, double classificationCut = 0.5)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (confidenceLevel is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must lie strictly between 0 and 1.");
        }

        if (classificationCut is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(classificationCut), classificationCut, "The classification cut must lie strictly between 0 and 1.");
        }

        var (x, y) = Prepare(frame);
        var engine = LogisticEngine.Fit(frame, x, y, null, frame.N, frame.P);
        return new LogisticResult(frame, x, y, engine, confidenceLevel, classificationCut);
    }

    /// <summary>The design matrix and outcome as arrays, with the outcome, predictor and separation checks.</summary>
    internal static (double[] X, double[] Y) Prepare(ModelFrame frame)
    {
        var x = frame.DesignValues.ToArray();
        var y = frame.ResponseValues.ToArray();
        LogisticEngine.CheckOutcome(frame, y);
        LogisticEngine.CheckPredictors(frame, x, frame.N, frame.P);
        LogisticEngine.CheckSingleColumnSeparation(frame, x, y, frame.N, frame.P);
        return (x, y);
    }
}
