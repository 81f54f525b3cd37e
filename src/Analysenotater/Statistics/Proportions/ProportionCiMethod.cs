namespace Analysenotater.Statistics.Proportions;

/// <summary>Confidence-interval methods for a binomial proportion from a simple random sample.</summary>
public enum ProportionCiMethod
{
    /// <summary>Wilson score interval (the default): p̃ ± z·√(p̂(1−p̂)/n + z²/4n²) / (1 + z²/n), p̃ = (p̂ + z²/2n)/(1 + z²/n).</summary>
    Wilson,

    /// <summary>Clopper–Pearson «exact» interval: beta quantiles Beta(α/2; x, n−x+1) and Beta(1−α/2; x+1, n−x); 0 and 1 at the edges.</summary>
    ClopperPearson,

    /// <summary>Agresti–Coull: Wald on ñ = n + z², p̃ = (x + z²/2)/ñ; truncated to [0, 1].</summary>
    AgrestiCoull,

    /// <summary>Jeffreys: equal-tailed Beta(x + ½, n − x + ½) quantiles; lower limit 0 when x = 0 and upper 1 when x = n (Brown, Cai and DasGupta 2001).</summary>
    Jeffreys,

    /// <summary>Wald: p̂ ± z·√(p̂(1−p̂)/n), truncated to [0, 1]; shown for comparison with what reports usually print, not recommended.</summary>
    Wald,

    /// <summary>
    /// Wilson score interval with continuity correction (Newcombe 1998, method 4): the Wilson limits of p̂ ∓ 1/(2n),
    /// lower limit 0 when x = 0 and upper 1 when x = n; as R <c>prop.test(x, n, correct = TRUE)$conf.int</c> (R leaves
    /// the correction out when |x − n/2| &lt; ½ because it caps it at |x − n·p₀|; this method always applies it).
    /// </summary>
    WilsonContinuityCorrected,
}
