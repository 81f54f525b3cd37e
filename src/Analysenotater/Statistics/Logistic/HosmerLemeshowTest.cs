namespace Analysenotater.Statistics.Logistic;

/// <summary>
/// The Hosmer–Lemeshow goodness-of-fit test with SPSS's «deciles of risk»: the cases are sorted by fitted probability
/// p̂ and cut into about ten groups of about n/10 cases; cases with the same p̂ (the same covariate pattern) are never
/// split between groups, so there can be fewer than ten groups. χ² = Σ_g (O_g − E_g)² / (E_g (1 − p̄_g)) with
/// E_g = Σ p̂ in group g and p̄_g = E_g / n_g; df = groups − 2.
/// </summary>
/// <remarks>
/// Grouping rule: group k (k = 1 … 10) ends at sorted position ⌈k n / 10⌉, moved forward to the end of that position's
/// run of tied p̂; a group that would be empty is skipped. This is SPSS's documented rule (blocks of tied cases are not
/// divided); SPSS's exact boundary handling is not published, so with heavy ties the groups may differ from SPSS's.
/// </remarks>
/// <param name="Groups">The groups in ascending order of p̂.</param>
/// <param name="ChiSquare">The statistic.</param>
/// <param name="Df">Groups − 2.</param>
/// <param name="P">P(χ²_df &gt; statistic); NaN when df &lt; 1.</param>
public sealed record HosmerLemeshowTest(IReadOnlyList<HosmerLemeshowGroup> Groups, double ChiSquare, int Df, double P);
