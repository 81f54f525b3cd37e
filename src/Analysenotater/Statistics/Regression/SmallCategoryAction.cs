namespace Analysenotater.Statistics.Regression;

/// <summary>
/// What a model does with a level of a categorical predictor that has fewer complete cases than the disclosure
/// rule's threshold for means (<see cref="Disclosure.DisclosurePolicy.MinimumForMeans"/>).
/// </summary>
public enum SmallCategoryAction
{
    /// <summary>The default: the model is fitted, and every quantity of the small level (its coefficient, SE, t, p,
    /// CI, Beta, covariance row and column, the joint test of its variable and the fit statistics R², F and the sums
    /// of squares that contain its mean) is suppressed, with a note naming the level and the rule. A small reference
    /// level is replaced by the largest level, and the note says so, so the constant is not the small group's mean.</summary>
    Suppress,

    /// <summary>The model refuses to be built (<see cref="ModelSpecificationException"/> naming the level).</summary>
    Refuse,
}
