using System.Globalization;
using Analysenotater.Disclosure;
using Analysenotater.Statistics.Logistic;
using Analysenotater.Statistics.Multilevel;
using Analysenotater.Statistics.Regression;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>Attack 7 of issue 17 (point 5): a model with a categorical level below the threshold is fitted by
/// default, and nothing it releases gives that level's members' answers.</summary>
public sealed class SmallCategoryModelTests
{
    private const double Secret = 4.75; // the lone respondent's answer in level «c»

    /// <summary>21 rows: «c» one respondent (row 0, answer <see cref="Secret"/>), «a» 10, «b» 10.</summary>
    private static (double[] Y, string?[] G) Data()
    {
        var y = Enumerable.Range(0, 21).Select(i => i == 0 ? Secret : 1.0 + (i % 5)).ToArray();
        var g = Enumerable.Range(0, 21).Select(i => (string?)(i == 0 ? "c" : i % 2 == 0 ? "a" : "b")).ToArray();
        return (y, g);
    }

    /// <summary>Every finite number the result releases, and every sum of two of them (constant + coefficient).</summary>
    private static void AssertSecretNotReleased(OlsResult fit)
    {
        var released = fit.Coefficients.SelectMany(c => new[] { c.Estimate, c.Lower, c.Upper, c.StandardError, c.T })
            .Concat(fit.CoefficientVector).Concat(fit.Covariance)
            .Concat([fit.RSquared, fit.AdjustedRSquared, fit.F, fit.SsRegression, fit.SsTotal])
            .Concat(fit.TermTests.Select(t => t.F))
            .Where(double.IsFinite).ToList();
        foreach (var a in released)
        {
            Assert.NotEqual(Secret, a, 9);
        }

        var b = fit.CoefficientVector.Where(double.IsFinite).ToList();
        foreach (var x in b)
        {
            foreach (var z in b)
            {
                Assert.NotEqual(Secret, x + z, 9);
            }
        }

        var text = fit.Summary().ToText();
        Assert.DoesNotContain(Secret.ToString("0.000", CultureInfo.GetCultureInfo("nb-NO")), text, StringComparison.Ordinal);
        Assert.DoesNotContain((Secret - fit.CoefficientVector[0]).ToString("0.000", CultureInfo.GetCultureInfo("nb-NO")), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Attack07_n1_category_is_suppressed_and_constant_plus_coefficient_no_longer_gives_the_answer()
    {
        var (y, g) = Data();
        var fit = OlsRegression.Fit(ModelSpecification.For("y", y).Categorical("g", g, "a"));
        Assert.Equal(21, fit.N);
        var j = fit.Frame.IndexOf("g=c");
        Assert.True(fit.Frame.IsSuppressed(j));
        var c = fit.Coefficients[j];
        Assert.All(new[] { c.Estimate, c.StandardError, c.T, c.P, c.Lower, c.Upper, c.StandardisedBeta }, v => Assert.True(double.IsNaN(v)));
        Assert.True(double.IsNaN(fit.CoefficientVector[j]));
        Assert.All(Enumerable.Range(0, fit.Frame.P), k => Assert.True(double.IsNaN(fit.Covariance[j * fit.Frame.P + k])));
        var ex = Assert.Throws<InvalidOperationException>(() => fit["g=c"]);
        Assert.Contains("suppressed", ex.Message, StringComparison.Ordinal);
        Assert.Contains("fewer than 4", ex.Message, StringComparison.Ordinal);
        Assert.False(double.IsNaN(fit["g=b"].Estimate)); // the large level is shown
        Assert.True(double.IsNaN(fit.RSquared) && double.IsNaN(fit.F) && double.IsNaN(fit.TermTests.Single().F));
        Assert.Throws<InvalidOperationException>(() => fit.Frame.Y.Length);
        Assert.Contains(fit.Notes, n => n.Contains("«c»", StringComparison.Ordinal) && n.Contains("færre enn 4", StringComparison.Ordinal) && n.Contains("KoRus2017", StringComparison.Ordinal));
        Assert.Contains("*", fit.Summary().ToText(), StringComparison.Ordinal);
        AssertSecretNotReleased(fit);

        // The robust variants keep the suppression.
        var robust = fit.Robust(RobustVarianceType.HC3);
        Assert.True(double.IsNaN(robust.Coefficients[j].Estimate) && double.IsNaN(robust.Coefficients[j].StandardError));
        Assert.Throws<InvalidOperationException>(() => robust["g=c"]);
        AssertSecretNotReleased(robust);
    }

    [Fact]
    public void Attack07_small_reference_category_is_replaced_by_the_largest_so_the_constant_is_not_its_mean()
    {
        var (y, g) = Data();
        var fit = OlsRegression.Fit(ModelSpecification.For("y", y).Categorical("g", g, "c"));
        var term = fit.Frame.Terms.Single();
        Assert.NotEqual("c", term.Reference); // «a» and «b» have 10 each: the first largest in level order
        Assert.Equal("a", term.Reference);
        Assert.True(double.IsNaN(fit.CoefficientVector[fit.Frame.IndexOf("g=c")]));
        Assert.Equal(Enumerable.Range(0, 21).Where(i => g[i] == "a").Average(i => y[i]), fit["(Konstant)"].Estimate, 10);
        Assert.Contains(fit.Notes, n => n.Contains("Referansekategorien «c»", StringComparison.Ordinal) && n.Contains("«a»", StringComparison.Ordinal));
        AssertSecretNotReleased(fit);
    }

    [Fact]
    public void Refuse_option_keeps_the_old_behaviour_and_names_the_level()
    {
        var (y, g) = Data();
        var ex = Assert.Throws<ModelSpecificationException>(() => ModelSpecification.For("y", y).Categorical("g", g, "c").WithSmallCategories(SmallCategoryAction.Refuse).Build());
        Assert.Contains("Level 'c' of 'g'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_level_small_is_refused_with_a_clear_message()
    {
        double[] y = [1, 2, 3, 4, 5, 6];
        string?[] g = ["a", "a", "b", "b", "c", "c"];
        var ex = Assert.Throws<ModelSpecificationException>(() => ModelSpecification.For("y", y).Categorical("g", g, "a").Build());
        Assert.Contains("Every level of 'g'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Logistic_fit_suppresses_the_small_category_and_its_fitted_probabilities()
    {
        // «c» has three respondents (rows 0–2, answers 1, 0, 1): its coefficient would give their share.
        var y = Enumerable.Range(0, 41).Select(i => i < 3 ? (i == 1 ? 0.0 : 1.0) : i % 3 == 0 ? 1.0 : 0.0).ToArray();
        var g = Enumerable.Range(0, 41).Select(i => (string?)(i < 3 ? "c" : i % 2 == 0 ? "a" : "b")).ToArray();
        var fit = LogisticRegression.Fit(ModelSpecification.For("y", y).Categorical("g", g, "a"));
        var j = fit.Frame.IndexOf("g=c");
        Assert.True(double.IsNaN(fit.Coefficients[j].B) && double.IsNaN(fit.Coefficients[j].ExpB) && double.IsNaN(fit.CoefficientVector[j]));
        Assert.Throws<InvalidOperationException>(() => fit["g=c"]);
        Assert.Throws<InvalidOperationException>(() => fit.FittedProbabilities.Count);
        Assert.Throws<InvalidOperationException>(() => fit.Classification.Cut);
        Assert.Throws<InvalidOperationException>(() => fit.OddsRatios()["g=c"]);
        Assert.True(double.IsNaN(fit.OddsRatios().Coefficients[j].OddsRatio));
        Assert.True(double.IsNaN(fit.TermTests.Single().Wald));
        Assert.False(double.IsNaN(fit["g=b"].B));
        Assert.Contains("*", fit.Summary().ToText(), StringComparison.Ordinal);

        // With one respondent the category separates the outcome; the refusal does not tell that person's answer.
        var y1 = Enumerable.Range(0, 41).Select(i => i == 0 ? 1.0 : i % 3 == 0 ? 1.0 : 0.0).ToArray();
        var g1 = Enumerable.Range(0, 41).Select(i => (string?)(i == 0 ? "c" : i % 2 == 0 ? "a" : "b")).ToArray();
        var ex = Assert.Throws<LogisticFitException>(() => LogisticRegression.Fit(ModelSpecification.For("y", y1).Categorical("g", g1, "a")));
        Assert.DoesNotContain("have y =", ex.Message, StringComparison.Ordinal);
        Assert.Contains("disclosure threshold", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Design_based_fit_suppresses_the_small_category()
    {
        var (y, g) = Data();
        var clusters = Enumerable.Range(0, 21).Select(i => (int?)(i % 7)).ToArray();
        var table = SurveyRegression.Fit(ModelSpecification.For("y", y).Categorical("g", g, "a").Clusters("k", clusters)
            .Strata("s", [.. Enumerable.Repeat((int?)1, 21)]).Weights("w", [.. Enumerable.Repeat(1.0, 21)]).Build());
        Assert.True(double.IsNaN(table.Coefficients.Single(c => c.Name == "g=c").Estimate));
        Assert.Throws<InvalidOperationException>(() => table["g=c"]);
        Assert.Contains(table.Notes, n => n.Contains("«c»", StringComparison.Ordinal));
    }

    [Fact]
    public void Mixed_model_suppresses_small_groups_random_effects_and_small_categories()
    {
        // 6 clusters of 8 and one cluster (id 99) with 2 respondents; the BLUP of cluster 99 would give their mean.
        var rng = new Random(17);
        var cluster = Enumerable.Range(0, 48).Select(i => (int?)(i / 8)).Concat([99, 99]).ToArray();
        var y = cluster.Select(k => 3.0 + 0.3 * (k!.Value % 4) + rng.NextDouble()).ToArray();
        var g = Enumerable.Range(0, 50).Select(i => (string?)(i == 3 ? "c" : i % 2 == 0 ? "a" : "b")).ToArray();
        var fit = RandomInterceptModel.Fit(ModelSpecification.For("y", y).Categorical("g", g, "a").Clusters("kommune", cluster).Build());
        var small = fit.GroupEffects.Single(e => e.Cluster == 99);
        Assert.True(small.Suppressed);
        Assert.True(double.IsNaN(small.Effect));
        Assert.Equal(0, small.N);
        Assert.All(fit.GroupEffects.Where(e => e.Cluster != 99), e => Assert.True(!e.Suppressed && double.IsFinite(e.Effect) && e.N == 8));
        Assert.Contains(fit.Notes, n => n.Contains("1 av 7 klynger", StringComparison.Ordinal) && n.Contains("færre enn 4", StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(() => fit.FixedEffects["g=c"]);
        Assert.True(double.IsNaN(fit.WaldFixedEffects.Coefficients.Single(c => c.Name == "g=c").Estimate));

        // Without disclosure control (by name) every group's BLUP is shown, and they sum to about 0 (REML, balanced).
        var raw = RandomInterceptModel.Fit(ModelSpecification.For("y", y).Categorical("g", g, "a").Clusters("kommune", cluster).WithDisclosure(DisclosurePolicy.None).Build());
        Assert.All(raw.GroupEffects, e => Assert.False(e.Suppressed));
        Assert.Equal(2, raw.GroupEffects.Single(e => e.Cluster == 99).N);
    }

    [Fact]
    public void Policy_none_suppresses_nothing()
    {
        var (y, g) = Data();
        var fit = OlsRegression.Fit(ModelSpecification.For("y", y).Categorical("g", g, "c").WithDisclosure(DisclosurePolicy.None));
        Assert.False(fit.Frame.HasSuppression);
        Assert.Equal("c", fit.Frame.Terms.Single().Reference);
        Assert.Equal(Secret, fit["(Konstant)"].Estimate, 10);
        Assert.Equal(21, fit.Frame.Y.Length);
    }
}
