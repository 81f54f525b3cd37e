using Analysenotater.Disclosure;
using Analysenotater.Statistics.Design;
using Analysenotater.Statistics.Regression;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>Attacks 6 and 7 of issue 17: design domain estimates and regression by group.</summary>
public sealed class ModelAttackRegressionTests
{
    [Fact]
    public void Attack06_design_domain_estimates_hide_small_domains_without_being_asked()
    {
        // Domain 1 has one row: by default (no WithDisclosure) its mean is hidden in the table and through the indexer.
        var y = Enumerable.Range(0, 30).Select(i => 1.0 + (i % 5)).ToArray();
        var dom = Enumerable.Range(0, 30).Select(i => i == 0 ? 1 : i < 15 ? 2 : 3).ToArray();
        var design = SurveyDesign.FromArrays(null, [.. Enumerable.Range(0, 30)], null);
        var by = design.MeanBy(y, dom, "q9");
        Assert.True(double.IsNaN(by["1"].Estimate));
        Assert.Equal(0, by["1"].N);
        Assert.Equal(CellState.Primary, by["1"].State);
        Assert.Equal(CellState.Secondary, by["2"].State); // else domain 1 = total − domain 2 − domain 3
        Assert.True(double.IsNaN(by["2"].Estimate));
        Assert.False(double.IsNaN(by["3"].Estimate));
        Assert.DoesNotContain("1,000", by.ToText(), StringComparison.Ordinal);

        // A design built on two rows does not give their mean.
        var two = SurveyDesign.FromArrays(null, [0, 1], null).Mean([3.0, 5.0], "q9");
        Assert.True(double.IsNaN(two.Estimate));
        Assert.DoesNotContain("4,0", two.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Attack07_regression_refuses_a_small_category_when_asked_to()
    {
        // Level «c» has one respondent: constant + coefficient would be that person's answer.
        var y = Enumerable.Range(0, 21).Select(i => 1.0 + (i % 5)).ToArray();
        var g = Enumerable.Range(0, 21).Select(i => (string?)(i == 0 ? "c" : i % 2 == 0 ? "a" : "b")).ToArray();
        var ex = Assert.Throws<ModelSpecificationException>(() => OlsRegression.Fit(ModelSpecification.For("y", y).Categorical("g", g, "a").WithSmallCategories(SmallCategoryAction.Refuse)));
        Assert.Contains("Level 'c' of 'g'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("fewer than 4", ex.Message, StringComparison.Ordinal);

        // Chosen by name for microdata work, the fit runs and shows everything.
        var fit = OlsRegression.Fit(ModelSpecification.For("y", y).Categorical("g", g, "a").WithDisclosure(DisclosurePolicy.None));
        Assert.Equal(21, fit.N);
        Assert.Equal(y[0], fit["(Konstant)"].Estimate + fit["g=c"].Estimate, 10);
    }
}
