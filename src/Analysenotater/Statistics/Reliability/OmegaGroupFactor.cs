namespace Analysenotater.Statistics.Reliability;

/// <summary>
/// One group factor of a Schmid–Leiman solution, psych's <c>omega.group</c> row: the items it loads highest on (by
/// absolute Schmid–Leiman loading) and, over those items' g-keyed correlations Vgr, ω total = ((Σ group)² + (Σ g)²)/Vgr,
/// ω general = (Σ g)²/Vgr and ω group (ω_s) = (Σ group)²/Vgr. Factor numbers follow the oblimin solution and carry no
/// meaning of their own.
/// </summary>
/// <param name="Factor">1-based number of the group factor (F1*, F2*, …).</param>
/// <param name="Items">The items assigned to it, in input order; empty when it is no item's largest loading (then the omegas are NaN).</param>
/// <param name="OmegaTotal">ω total within the group's items.</param>
/// <param name="OmegaGeneral">The general factor's share within the group's items.</param>
/// <param name="OmegaGroup">The group factor's own share (ω_s, omega subscale).</param>
public sealed record OmegaGroupFactor(int Factor, IReadOnlyList<string> Items, double OmegaTotal, double OmegaGeneral, double OmegaGroup);
