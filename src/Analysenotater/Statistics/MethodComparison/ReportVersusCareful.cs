using Analysenotater.Statistics.Multilevel;
using Analysenotater.Statistics.Proportions;
using Analysenotater.Statistics.Regression;

namespace Analysenotater.Statistics.MethodComparison;

/// <summary>
/// "The report's method beside the careful one" for an indicator regression: the report's OLS (independent
/// respondents) beside cluster-robust CR2 with Satterthwaite df, the design-based (weighted, clustered, stratified)
/// regression and the random-intercept mixed model, plus Wald versus Wilson intervals for one share.
/// Usage: <c>ReportVersusCareful.Compare(spec, successes: 149, n: 481, shareLabel: "q1 ≥ 4")</c>.
/// </summary>
public static class ReportVersusCareful
{
    /// <summary>
    /// The teaching view over several models: each fitted four ways (OLS, CR2, design-based, mixed), one table with the
    /// p-value of every coefficient under every method, coefficients whose conclusion changes marked.
    /// <c>ReportVersusCareful.CompareModels([("M4", spec4), ("M6", spec6)])</c>.
    /// </summary>
    /// <param name="models">Named models, each with clusters, strata and weights set.</param>
    /// <param name="confidenceLevel">Level of all intervals.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">No models.</exception>
    /// <exception cref="InvalidOperationException">A specification lacks clusters, strata or weights.</exception>
    public static ModelSetComparison CompareModels(IReadOnlyList<(string Name, ModelSpecification Specification)> models, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count == 0)
        {
            throw new ArgumentException("CompareModels needs at least one model.", nameof(models));
        }

        return new ModelSetComparison([.. models.Select(m => (m.Name, Compare(m.Specification, 0, 1, "", confidenceLevel)))]);
    }

    /// <summary>Fits the four versions of the model and the two share intervals.</summary>
    /// <param name="specification">The model with <see cref="ModelSpecification.Clusters(string)"/>, <see cref="ModelSpecification.Strata(string)"/> and <see cref="ModelSpecification.Weights(string)"/> set.</param>
    /// <param name="successes">Respondents with the characteristic (for the share).</param>
    /// <param name="n">Valid respondents (for the share).</param>
    /// <param name="shareLabel">What the share counts, e.g. "svært/ganske fornøyd".</param>
    /// <param name="confidenceLevel">Level of all intervals.</param>
    /// <exception cref="InvalidOperationException">The specification lacks clusters, strata or weights.</exception>
    /// <exception cref="ModelSpecificationException">The model cannot be estimated (see OLS), or a stratum has one cluster.</exception>
    public static MethodComparisonResult Compare(ModelSpecification specification, long successes, long n, string shareLabel, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var frame = specification.Build();
        var ols = OlsRegression.Fit(frame, confidenceLevel);
        var olsTable = ClassicalTable(ols);
        var cr2 = ols.ClusterRobust(ClusterRobustType.CR2);
        var design = SurveyRegression.Fit(frame, confidenceLevel);
        var mixed = RandomInterceptModel.Fit(frame, confidenceLevel);
        var wald = ProportionConfidence.Interval(successes, n, ProportionCiMethod.Wald, confidenceLevel, shareLabel);
        var wilson = ProportionConfidence.Interval(successes, n, ProportionCiMethod.Wilson, confidenceLevel, shareLabel);
        return new MethodComparisonResult(frame, [olsTable, cr2, design, mixed.FixedEffects], mixed, wald, wilson, confidenceLevel);
    }

    /// <summary>As <see cref="Compare(ModelSpecification, long, long, string, double)"/>, with the share counted from
    /// values: successes are values ≥ <paramref name="atLeast"/> among the non-missing (NaN = missing) values.</summary>
    /// <param name="specification">The model with clusters, strata and weights.</param>
    /// <param name="shareValues">The values of the share's variable, e.g. an item's valid codes.</param>
    /// <param name="atLeast">The threshold, e.g. 4 for "ganske/svært fornøyd" on a 1–5 scale.</param>
    /// <param name="shareLabel">What the share counts.</param>
    /// <param name="confidenceLevel">Level of all intervals.</param>
    public static MethodComparisonResult Compare(ModelSpecification specification, IReadOnlyList<double> shareValues, double atLeast, string shareLabel, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(shareValues);
        long k = 0, n = 0;
        foreach (var v in shareValues)
        {
            if (double.IsNaN(v))
            {
                continue;
            }

            n++;
            if (v >= atLeast)
            {
                k++;
            }
        }

        return Compare(specification, k, n, shareLabel, confidenceLevel);
    }

    private static CoefficientTable ClassicalTable(OlsResult ols) =>
        new("OLS (rapportens metode)", ols.Frame.DependentName, ols.N, ols.Coefficients, ols.ConfidenceLevel,
            ["Vanlige OLS-standardfeil: antar uavhengige respondenter og lik varians, ingen vekter."], [.. ols.Covariance]) { Labels = ols.Frame.Labels };
}
