using Analysenotater.Data;
using Analysenotater.Statistics.Regression;

namespace Analysenotater.Tests.Statistics.Regression;

/// <summary>Edge cases of model building and estimation, with hand-computed expectations.</summary>
public sealed class ModelSpecificationTests
{
    [Fact]
    public void Constant_predictor_is_refused_naming_it()
    {
        double[] y = [1, 2, 3, 5, 4];
        var ex = Assert.Throws<ModelSpecificationException>(() => OlsRegression.Fit(ModelSpecification.For("y", y).Numeric("x", [1, 2, 3, 4, 5]).Numeric("k", [7, 7, 7, 7, 7])));
        Assert.Contains("Predictor 'k' is constant (value 7 in all 5 complete cases)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Perfect_collinearity_names_the_variables()
    {
        double[] y = [1, 2, 3, 5, 4, 6];
        double[] a = [1, 2, 3, 4, 5, 7];
        double[] b = [2, 1, 2, 1, 2, 1];
        double[] c = [.. a.Zip(b, (p, q) => 2 * p - q + 3)];
        var ex = Assert.Throws<ModelSpecificationException>(() => OlsRegression.Fit(ModelSpecification.For("y", y).Numeric("a", a).Numeric("b", b).Numeric("c", c)));
        Assert.Contains("Perfect collinearity: predictor 'c' is a linear combination of 'a', 'b'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_cases_is_refused_with_counts()
    {
        var ex = Assert.Throws<ModelSpecificationException>(() => OlsRegression.Fit(ModelSpecification.For("y", [1, 2, double.NaN, 4]).Numeric("x", [1, 3, 2, 5]).Numeric("z", [0, 1, 1, 2])));
        Assert.Contains("3 coefficients but only 3 complete cases (1 of 4 deleted listwise)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_reference_level_is_refused()
    {
        var ex = Assert.Throws<ModelSpecificationException>(() => ModelSpecification.For("y", [1, 2, 3, 4]).Categorical("g", ["a", "b", "a", "b"], "c").Build());
        Assert.Contains("Reference level 'c' of 'g' does not occur", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Simple_regression_by_hand()
    {
        // y = (1, 3, 2, 5, 4), x = (1..5): x̄ = 3, ȳ = 3, Sxx = 10, Sxy = 8 → b = 0.8, a = 0.6;
        // residuals (−0.4, 0.8, −1, 1.2, −0.6), SSE = 3.6, σ̂² = 1.2, SE(b) = √(1.2/10).
        var r = OlsRegression.Fit(ModelSpecification.For("y", [1, 3, 2, 5, 4]).Numeric("x", [1, 2, 3, 4, 5]));
        Assert.Equal(0.8, r["x"].Estimate, 14);
        Assert.Equal(0.6, r["(Konstant)"].Estimate, 14);
        Assert.Equal(Math.Sqrt(0.12), r["x"].StandardError, 14);
        Assert.Equal(1 - 3.6 / 10, r.RSquared, 14);
        // Beta = b · SD(x)/SD(y) = 0.8 · √2.5/√2.5 = 0.8 (here SD(x) = SD(y)).
        Assert.Equal(0.8, r["x"].StandardisedBeta, 14);
    }

    [Fact]
    public void Dataset_columns_with_codes_as_categories_and_missing_kinds()
    {
        var data = new SurveyDataset(null, [
            new NumericColumn("y", [10, 12, 11, 15, 14, 20, 21, 19, double.NaN]),
            CodeColumn.FromNullable("gruppe", [1, 1, 1, 2, 2, 3, 3, 3, 2]),
            new NumericColumn("alder", [20, 30, 40, 25, 35, 45, 50, 60, 33]),
        ]);
        var r = OlsRegression.Fit(ModelSpecification.For(data, "y").Numeric("alder").Categorical("gruppe", reference: "1")
            .WithDisclosure(Analysenotater.Disclosure.DisclosurePolicy.None)); // 2 or 3 cases per level: structure only
        Assert.Equal(["(Konstant)", "alder", "gruppe=2", "gruppe=3"], r.Frame.CoefficientNames);
        Assert.Equal(8, r.N);
        Assert.Equal(1, r.CasesDeleted);
        Assert.Equal(2, r.TermTests[0].Df1);
    }
}
