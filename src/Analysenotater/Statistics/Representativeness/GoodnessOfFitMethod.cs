namespace Analysenotater.Statistics.Representativeness;

/// <summary>How the p-value of a χ² goodness-of-fit test is obtained.</summary>
public enum GoodnessOfFitMethod
{
    /// <summary>Choose: asymptotic χ² when every expected count is at least <see cref="GoodnessOfFitOptions.MinimumExpected"/>; otherwise exact when the outcomes can be enumerated, else Monte Carlo.</summary>
    Automatic,

    /// <summary>The χ² distribution with k − 1 df (R <c>chisq.test(x, p = p0)</c>).</summary>
    Asymptotic,

    /// <summary>Monte Carlo with a seeded generator: (1 + #{X²* ≥ X²}) / (B + 1) (R <c>simulate.p.value = TRUE</c>).</summary>
    MonteCarlo,

    /// <summary>Exact: the multinomial probability of every outcome with X² at least the observed one (full enumeration).</summary>
    Exact,
}
