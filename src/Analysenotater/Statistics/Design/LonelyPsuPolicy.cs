namespace Analysenotater.Statistics.Design;

/// <summary>
/// What to do with a stratum that has only one primary sampling unit (PSU), whose variance cannot be estimated.
/// Chosen explicitly per design (there is no global setting). The semantics follow R <c>options(survey.lonely.psu = …)</c>
/// for a single-stage design; domains follow survey's default <c>survey.adjust.domain.lonely = FALSE</c>
/// (a stratum with several PSUs in the design but one in a domain is not lonely).
/// </summary>
public enum LonelyPsuPolicy
{
    /// <summary>Refuse: estimation throws <see cref="LonelyPsuException"/> naming the stratum (R "fail", the default there too).</summary>
    Fail,

    /// <summary>
    /// The lonely PSU contributes f·u², its squared score total, i.e. it is centred at 0 instead of a stratum mean
    /// (R "adjust" in survey 4.1-1; conservative). For means, proportions and ratios the scores sum to 0 over the
    /// design, so 0 is the grand mean of the PSU totals; for totals it is not — see <see cref="Centered"/>.
    /// </summary>
    Adjust,

    /// <summary>The lonely PSU contributes nothing to the variance; its stratum still counts in the design df (R "remove").</summary>
    Remove,

    /// <summary>
    /// The lonely PSU was sampled with certainty and contributes no first-stage variance (R "certainty"). For the
    /// single-stage designs built here this gives the same variance as <see cref="Remove"/>; the difference is the stated
    /// reason, which is printed in the notes.
    /// </summary>
    Certainty,

    /// <summary>
    /// The lonely PSU's score total is centred at the grand mean of all the design's PSU totals, ū = Σ u / (number of
    /// PSUs): it contributes f·(u − ū)² (Stata <c>singleunit(centered)</c>). Equals <see cref="Adjust"/> for means,
    /// proportions and ratios (ū = 0 there); for totals it centres where <see cref="Adjust"/> does not.
    /// </summary>
    Centered,
}
