namespace Analysenotater.Statistics.Reliability;

/// <summary>Settings of <see cref="BifactorOmega"/>; the defaults are psych::omega's.</summary>
public sealed record BifactorOmegaOptions
{
    /// <summary>The number of group factors extracted before the Schmid–Leiman transformation (psych's nfactors, default 3; at least 1, fewer than the items).</summary>
    public int GroupFactors { get; init; } = 3;

    /// <summary>Oblimin stops when the projected gradient's norm falls below this (GPArotation's eps, default 1e-5).</summary>
    public double RotationTolerance { get; init; } = 1e-5;

    /// <summary>The most oblimin iterations (GPArotation's maxit, default 1000).</summary>
    public int MaxRotationIterations { get; init; } = 1000;
}
