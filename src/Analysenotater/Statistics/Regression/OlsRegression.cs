namespace Analysenotater.Statistics.Regression;

/// <summary>Ordinary least squares with SPSS REGRESSION's output (B, SE, Beta, t, p, CI, R², F, ANOVA).</summary>
public static class OlsRegression
{
    /// <summary>Fits the model on the frame's complete cases.</summary>
    /// <param name="frame">The model from <see cref="ModelSpecification.Build"/>.</param>
    /// <param name="confidenceLevel">Level of the coefficient intervals, default 0.95.</param>
    /// <exception cref="ModelSpecificationException">n ≤ p, a constant predictor, or perfect collinearity; the message names the variables.</exception>
    public static OlsResult Fit(ModelFrame frame, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (confidenceLevel is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must lie strictly between 0 and 1.");
        }

        return new OlsResult(frame, LeastSquares.Fit(frame, null), confidenceLevel);
    }

    /// <summary>Shortcut: builds the specification and fits it.</summary>
    public static OlsResult Fit(ModelSpecification specification, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return Fit(specification.Build(), confidenceLevel);
    }
}
