using System.Globalization;
using Analysenotater.Plotting.Coefficients;
using Analysenotater.Statistics.Regression;

namespace Analysenotater.Plotting.Tests;

/// <summary>Issue 17 point 5: the coefficient chart of a model with a category below the threshold has no point for it.</summary>
public sealed class SuppressedCoefficientChartTests
{
    [Fact]
    public void Coefficient_chart_draws_no_point_for_a_suppressed_category_and_names_it()
    {
        // «c» has one respondent (answer 4.75): its coefficient 4.75 − mean(a) must not be drawn.
        var y = Enumerable.Range(0, 21).Select(i => i == 0 ? 4.75 : 1.0 + (i % 5)).ToArray();
        var g = Enumerable.Range(0, 21).Select(i => (string?)(i == 0 ? "c" : i % 2 == 0 ? "a" : "b")).ToArray();
        var fit = OlsRegression.Fit(ModelSpecification.For("y", y).Categorical("g", g, "a"));
        var json = ChartJson.Of(CoefficientCharts.Plot(fit));
        var raw = json.GetRawText();
        var meanA = Enumerable.Range(0, 21).Where(i => g[i] == "a").Average(i => y[i]);
        Assert.DoesNotContain((4.75 - meanA).ToString("R", CultureInfo.InvariantCulture), raw, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", raw, StringComparison.Ordinal);
        Assert.Contains("g=c", json.Annotations(), StringComparison.Ordinal);
        var points = Enumerable.Range(0, json.TraceCount()).Sum(t => json.Trace(t).Numbers("x").Length);
        Assert.Equal(1, points); // g=b only: the constant is left out, g=c is suppressed
        Assert.Contains("g=b", raw, StringComparison.Ordinal);

        // The classical interval of «b» holds σ̂ (and so «c»'s spread): the point is drawn without a bar, and a note says so.
        Assert.Contains("konfidensintervallet", json.Annotations(), StringComparison.Ordinal);
        var robust = ChartJson.Of(CoefficientCharts.Plot(fit.Robust(RobustVarianceType.HC3)));
        Assert.DoesNotContain("konfidensintervallet", robust.Annotations(), StringComparison.Ordinal);
    }
}
