using Analysenotater.Statistics.Regression;
using Analysenotater.Statistics.Reliability;

namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>
/// The core's estimators in the shapes the generator's calibration and the reproduction report use: Cronbach's alpha
/// from <see cref="ScaleReliability"/> and standardised OLS betas from <see cref="OlsRegression"/> (both checked
/// against R/SPSS in the core's tests). Degenerate input (too few rows, an item or predictor without variance)
/// gives NaN instead of an exception, because calibration probes such corners on purpose.
/// </summary>
internal static class CoreEstimators
{
    /// <summary>Cronbach's alpha of complete item rows (each row holds the k item values); NaN when the core cannot estimate it.</summary>
    public static double CronbachAlpha(IReadOnlyList<double[]> rows)
    {
        if (rows.Count < 3 || rows[0].Length < 2)
        {
            return double.NaN;
        }

        var k = rows[0].Length;
        var items = Enumerable.Range(0, k).Select(j => rows.Select(r => r[j]).ToArray()).ToArray();
        try
        {
            return ScaleReliability.Analyse([.. Enumerable.Range(1, k).Select(j => "x" + j)], items).Alpha;
        }
        catch (ArgumentException)
        {
            return double.NaN;
        }
    }

    /// <summary>Sample variance (n − 1); NaN for fewer than two values.</summary>
    public static double Variance(IReadOnlyList<double> values) =>
        values.Count < 2 ? double.NaN : MathNet.Numerics.Statistics.Statistics.Variance(values);

    /// <summary>OLS of y on the columns of x with a constant: the standardised beta per column, adjusted R² and n; NaN when the model cannot be fitted.</summary>
    public static (double[] Betas, double AdjustedRSquared, int N) StandardizedOls(IReadOnlyList<double> y, IReadOnlyList<double[]> x)
    {
        var p = x.Count == 0 ? 0 : x[0].Length;
        var spec = ModelSpecification.For("y", [.. y]);
        for (var j = 0; j < p; j++)
        {
            spec = spec.Numeric("x" + j, [.. x.Select(r => r[j])]);
        }

        try
        {
            var fit = OlsRegression.Fit(spec);
            return ([.. Enumerable.Range(0, p).Select(j => fit["x" + j].StandardisedBeta)], fit.AdjustedRSquared, fit.N);
        }
        catch (ModelSpecificationException)
        {
            return ([.. Enumerable.Repeat(double.NaN, p)], double.NaN, y.Count);
        }
    }
}
