namespace Analysenotater.Statistics.Representativeness;

/// <summary>The unit of a <see cref="ReferenceMargin"/>'s values.</summary>
public enum MarginUnit
{
    /// <summary>A percentage 0–100 (a share).</summary>
    Percent,

    /// <summary>A mean on the variable's own scale (for example age in years).</summary>
    Mean,
}
