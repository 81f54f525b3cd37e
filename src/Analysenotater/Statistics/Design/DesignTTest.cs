using Analysenotater.Statistics.Comparison;
using Analysenotater.Statistics.Regression;

namespace Analysenotater.Statistics.Design;

/// <summary>
/// The design-based t-test of a difference in means between two groups, as R <c>svyttest(y ~ group, design)</c>: the
/// coefficient of a group indicator in a design-weighted regression (svyglm) with its linearised SE and t on
/// degf(design) − 1 df. Usage: <c>DesignTTest.TwoGroups(design, y, kjonn, 1, 2)</c>. The one-sample form, R
/// <c>svyttest(y ~ 0, design)</c> or <c>svyttest(I(y - mu) ~ 0, design)</c>: <c>DesignTTest.OneSample(design, y, mu)</c>.
/// </summary>
/// <remarks>
/// The estimate is mean(group 1) − mean(group 2), as <see cref="TTest"/> and R's <c>t.test</c>; R's svyttest with
/// a 1/2-coded group reports the opposite sign (2 − 1). Rows with a NaN outcome or a group value that is neither
/// group are left out of the estimate but stay in the design (domain estimation), as svyglm's na.action.
/// </remarks>
public static class DesignTTest
{
    /// <summary>Tests mean(y | group = <paramref name="group1"/>) − mean(y | group = <paramref name="group2"/>) = 0 over the design.</summary>
    /// <exception cref="ArgumentException">Lengths differ from the design, a group has no valid row, or the design is a domain.</exception>
    public static TTestResult TwoGroups(SurveyDesign design, double[] y, double[] group, double group1, double group2, double level = 0.95, string label = "")
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(group);
        if (y.Length != design.RowCount || group.Length != design.RowCount)
        {
            throw new ArgumentException($"The design has {design.RowCount} rows; y has {y.Length} and the group {group.Length}.", nameof(y));
        }

        var indicator = new double[y.Length];
        long n1 = 0, n2 = 0;
        for (var i = 0; i < y.Length; i++)
        {
            indicator[i] = group[i] == group1 ? 1 : group[i] == group2 ? 0 : double.NaN;
            if (!double.IsNaN(y[i]) && !double.IsNaN(indicator[i]))
            {
                if (indicator[i] == 1)
                {
                    n1++;
                }
                else
                {
                    n2++;
                }
            }
        }

        if (n1 == 0 || n2 == 0)
        {
            throw new ArgumentException($"A design-based t-test needs valid outcomes in both groups; group {TTestResult.Invariant(group1)} has {n1} and group {TTestResult.Invariant(group2)} has {n2}.", nameof(group));
        }

        var frame = ModelSpecification.For("y", y).Numeric("gruppe", indicator).Build();
        var fit = SurveyRegression.Fit(frame, design, level);
        var constant = fit["(Konstant)"];
        var slope = fit["gruppe"];
        var notes = new List<string>
        {
            $"Designbasert t-test som R survey::svyttest: differansen er koeffisienten til gruppeindikatoren i en designvektet regresjon, linearisert standardfeil, t med designets frihetsgrader − 1 = {TTestResult.Invariant(slope.Df)}.",
            "Rader uten gyldig utfall eller med en annen gruppeverdi er utelatt fra estimatet, men beholdt i designet (domeneestimering).",
        };
        return new TTestResult(label, "designbasert t-test (svyttest)", slope.Estimate, slope.StandardError, slope.Df, 0, n1, n2, constant.Estimate + slope.Estimate, constant.Estimate, double.NaN, double.NaN, level, notes);
    }

    /// <summary>
    /// The design-based one-sample t-test of mean(y) = <paramref name="mu"/>, as R <c>svyttest(I(y - mu) ~ 0, design,
    /// na.rm = TRUE)</c>: the design-weighted mean (svymean) with its linearised SE, t = (mean − μ)/SE on
    /// degf(design) − 1 df (survey's choice), and the interval mean ± t(df) · SE. <see cref="TTestResult.Estimate"/>
    /// is the mean and <see cref="TTestResult.NullValue"/> μ; R reports the mean of y − μ, i.e. Estimate − NullValue.
    /// </summary>
    /// <param name="design">The design (a domain design tests the domain's mean; degf is then the domain's).</param>
    /// <param name="y">The outcome per design row; NaN rows are left out of the mean but stay in the design (domain estimation, as na.rm = TRUE).</param>
    /// <param name="mu">The hypothesised mean μ₀ (0 = R's <c>y ~ 0</c>).</param>
    /// <param name="level">The confidence level of the interval (R fixes 0.95).</param>
    /// <param name="label">What is tested, for the summary.</param>
    /// <exception cref="ArgumentException">The length differs from the design, or no row has a valid outcome.</exception>
    public static TTestResult OneSample(SurveyDesign design, double[] y, double mu = 0, double level = 0.95, string label = "")
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != design.RowCount)
        {
            throw new ArgumentException($"The design has {design.RowCount} rows; y has {y.Length}.", nameof(y));
        }

        var n = y.Count(v => !double.IsNaN(v));
        if (n == 0)
        {
            throw new ArgumentException($"A design-based one-sample t-test needs at least one valid outcome{(label.Length > 0 ? $" ('{label}')" : "")}; all {y.Length} are missing.", nameof(y));
        }

        var mean = design.Mean(y, label);
        var degf = design.Mean([.. Enumerable.Repeat(1.0, y.Length)]).Df; // R's degf(design): PSUs − strata with non-zero weight
        var df = degf - 1;
        var notes = new List<string>
        {
            $"Designbasert t-test for ett utvalg som R survey::svyttest(I(y - {TTestResult.Invariant(mu)}) ~ 0): designvektet gjennomsnitt, linearisert standardfeil, t med designets frihetsgrader − 1 = {TTestResult.Invariant(df)}.",
            "Rader uten gyldig utfall er utelatt fra gjennomsnittet, men beholdt i designet (domeneestimering, som na.rm = TRUE).",
        };
        return new TTestResult(label, $"designbasert t-test for ett utvalg mot {TTestResult.Invariant(mu)} (svyttest)", mean.Estimate, mean.StandardError, df, mu, n, 0, mean.Estimate, double.NaN, double.NaN, double.NaN, level, notes);
    }
}
