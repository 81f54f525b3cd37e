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

    /// <summary>Centre the lonely PSU at the grand mean instead of the stratum mean, so it contributes its squared score (R "adjust"; conservative).</summary>
    Adjust,

    /// <summary>The lonely PSU contributes nothing to the variance; its stratum still counts in the design df (R "remove").</summary>
    Remove,

    /// <summary>
    /// The lonely PSU was sampled with certainty and contributes no first-stage variance (R "certainty"). For the
    /// single-stage designs built here this gives the same variance as <see cref="Remove"/>; the difference is the stated
    /// reason, which is printed in the notes.
    /// </summary>
    Certainty,
}
