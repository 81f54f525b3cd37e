using Analysenotater.Statistics.Logistic;
using Analysenotater.Statistics.Regression;

namespace Analysenotater.Tests.Statistics.Logistic;

/// <summary>Bad input and non-existent estimates: each must stop with a message naming the column, row or predictor,
/// never return huge coefficients. Data are generated here by seeded code.</summary>
public sealed class LogisticRegressionEdgeCaseTests
{
    private const int N = 200;

    private static (double[] X1, double[] X2, string?[] G, double[] Y) Data(int seed)
    {
        var rng = new Random(seed);
        var x1 = new double[N];
        var x2 = new double[N];
        var g = new string?[N];
        var y = new double[N];
        for (var i = 0; i < N; i++)
        {
            x1[i] = Math.Round(rng.NextDouble() * 10, 2);
            x2[i] = Math.Round(rng.NextDouble() * 4 - 2, 2);
            g[i] = (i % 3) switch { 0 => "a", 1 => "b", _ => "c" };
            var eta = -1 + 0.2 * x1[i] + 0.5 * x2[i];
            y[i] = rng.NextDouble() < 1 / (1 + Math.Exp(-eta)) ? 1 : 0;
        }

        return (x1, x2, g, y);
    }

    [Fact]
    public void Quasi_complete_separation_by_a_category_names_the_dummy()
    {
        var (x1, _, g, y) = Data(11);
        for (var i = 0; i < N; i++)
        {
            if (g[i] == "c")
            {
                y[i] = 1; // every case in category c is «fornøyd»
            }
        }

        var ex = Assert.Throws<LogisticFitException>(() => LogisticRegression.Fit(ModelSpecification.For("y", y).Numeric("x1", x1).Categorical("g", g, "a")));
        Assert.True(ex.IsSeparation);
        Assert.Equal("g=c", ex.Predictor);
        Assert.Contains("Quasi-complete separation", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'g=c' = 1 have y = 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_separation_by_a_continuous_predictor_is_named()
    {
        var (x1, x2, _, _) = Data(12);
        var y = x1.Select(v => v > 5 ? 1.0 : 0.0).ToArray();
        var ex = Assert.Throws<LogisticFitException>(() => LogisticRegression.Fit(ModelSpecification.For("y", y).Numeric("x2", x2).Numeric("x1", x1)));
        Assert.True(ex.IsSeparation);
        Assert.Equal("x1", ex.Predictor);
        Assert.StartsWith("Complete separation", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Separation_by_a_combination_is_found_from_the_diverging_fit()
    {
        // y = 1 exactly when x1/10 + x2/4 > 0.5: no single predictor separates, their combination does.
        var (x1, x2, _, _) = Data(13);
        var y = x1.Select((v, i) => v / 10 + x2[i] / 4 > 0.5 ? 1.0 : 0.0).ToArray();
        Assert.Contains(y, v => v == 0);
        Assert.Contains(y, v => v == 1);
        var ex = Assert.Throws<LogisticFitException>(() => LogisticRegression.Fit(ModelSpecification.For("y", y).Numeric("x1", x1).Numeric("x2", x2)));
        Assert.True(ex.IsSeparation, ex.Message);
        Assert.Contains(ex.Predictor, new[] { "x1", "x2" });
        Assert.Contains("separation", ex.Message, StringComparison.Ordinal);
        Assert.Contains("fitted with probability 0 or 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_binary_outcome_names_column_row_and_value()
    {
        var (x1, _, _, y) = Data(14);
        y[0] = double.NaN; // deleted listwise: the row numbers stay those of the input
        y[41] = 4;
        var ex = Assert.Throws<ModelSpecificationException>(() => LogisticRegression.Fit(ModelSpecification.For("fornoyd", y).Numeric("x1", x1)));
        Assert.Contains("'fornoyd'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("value 4", ex.Message, StringComparison.Ordinal);
        Assert.Contains("input row 42", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcome_with_only_ones_is_refused()
    {
        var (x1, _, _, _) = Data(15);
        var y = Enumerable.Repeat(1.0, N).ToArray();
        y[3] = double.NaN;
        var ex = Assert.Throws<ModelSpecificationException>(() => LogisticRegression.Fit(ModelSpecification.For("fornoyd", y).Numeric("x1", x1)));
        Assert.Contains("'fornoyd' is 1 in all 199 complete cases", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collinear_predictor_is_named_with_its_partners()
    {
        var (x1, x2, _, y) = Data(16);
        var sum = x1.Select((v, i) => 2 * v - x2[i]).ToArray();
        var ex = Assert.Throws<ModelSpecificationException>(() => LogisticRegression.Fit(ModelSpecification.For("y", y).Numeric("x1", x1).Numeric("x2", x2).Numeric("total", sum)));
        Assert.Contains("predictor 'total' is a linear combination of 'x1', 'x2'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constant_predictor_is_named()
    {
        var (x1, _, _, y) = Data(17);
        var c = Enumerable.Repeat(3.0, N).ToArray();
        var ex = Assert.Throws<ModelSpecificationException>(() => LogisticRegression.Fit(ModelSpecification.For("y", y).Numeric("x1", x1).Numeric("konstant", c)));
        Assert.Contains("'konstant' is constant", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Design_based_fit_without_design_variables_says_what_is_missing()
    {
        var (x1, _, _, y) = Data(18);
        var ex = Assert.Throws<InvalidOperationException>(() => SurveyLogisticRegression.Fit(ModelSpecification.For("y", y).Numeric("x1", x1)));
        Assert.Contains("Clusters(...), Strata(...) and Weights(...)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_linear_predictors_still_converge_without_separation()
    {
        // A strong but non-separating predictor: fitted probabilities near 0 and 1 are not mistaken for separation.
        var rng = new Random(19);
        var x = new double[2000];
        var y = new double[2000];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = rng.NextDouble() * 20 - 10;
            y[i] = rng.NextDouble() < 1 / (1 + Math.Exp(-2 * x[i])) ? 1 : 0;
        }

        var fit = LogisticRegression.Fit(ModelSpecification.For("y", y).Numeric("x", x));
        Assert.InRange(fit["x"].B, 1.5, 2.7);
        Assert.True(fit.Convergence.Iterations < 20);
    }
}
