namespace Analysenotater.Statistics.Weighting;

/// <summary>The distance function of <see cref="GregCalibration"/> (R survey's <c>calfun</c>).</summary>
public enum CalibrationDistance
{
    /// <summary>Linear (chi-square distance, GREG): g = 1 + x'λ, clamped to the bounds.</summary>
    Linear,

    /// <summary>Raking (multiplicative): g = exp(x'λ), clamped to the bounds; the same weights as iterative raking on margins.</summary>
    Raking,

    /// <summary>Logit: g between the (finite) bounds L &lt; 1 &lt; U, smoothly (Deville and Särndal 1992).</summary>
    Logit,
}
