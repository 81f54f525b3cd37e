namespace Analysenotater.Statistics.Weighting;

/// <summary>Settings for <see cref="GregCalibration"/> and <c>SurveyDesign.Calibrate</c> (defaults as R survey's <c>calibrate</c>).</summary>
public sealed record CalibrationOptions
{
    /// <summary>The distance function; linear (GREG) by default.</summary>
    public CalibrationDistance Distance { get; init; } = CalibrationDistance.Linear;

    /// <summary>Lower bound L on the g-weights (calibrated ÷ original weight); −∞ by default. Must be finite and below 1 for the logit distance.</summary>
    public double LowerBound { get; init; } = double.NegativeInfinity;

    /// <summary>Upper bound U on the g-weights; +∞ by default. Must be finite and above 1 for the logit distance.</summary>
    public double UpperBound { get; init; } = double.PositiveInfinity;

    /// <summary>Convergence: every |population total − calibrated total| / (1 + |population total|) below this; 1e-7 by default (R's epsilon).</summary>
    public double Tolerance { get; init; } = 1e-7;

    /// <summary>Newton steps allowed; 50 by default (R's maxit).</summary>
    public int MaxIterations { get; init; } = 50;
}
