namespace Analysenotater.Statistics.Representativeness;

/// <summary>Settings for <see cref="ChiSquareGoodnessOfFit.Test"/>.</summary>
public sealed record GoodnessOfFitOptions
{
    /// <summary>The p-value method; automatic by default.</summary>
    public GoodnessOfFitMethod Method { get; init; } = GoodnessOfFitMethod.Automatic;

    /// <summary>Smallest expected count for the asymptotic p (the usual rule: 5).</summary>
    public double MinimumExpected { get; init; } = 5;

    /// <summary>Monte Carlo replicates B; 10 000 by default (the Monte Carlo SE of p is at most 0.005; R's default is 2 000). Cost: B × n uniform draws.</summary>
    public int Replicates { get; init; } = 10_000;

    /// <summary>Seed of the Monte Carlo generator, so results are reproducible.</summary>
    public int Seed { get; init; } = 2017;

    /// <summary>Largest number of outcomes to enumerate for the exact p (C(n + k − 1, k − 1)).</summary>
    public double ExactOutcomeLimit { get; init; } = 5_000_000;
}
