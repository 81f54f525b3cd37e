using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Disclosure;

namespace Analysenotater.Statistics.Comparison;

/// <summary>
/// t-tests from data, as R <c>t.test</c>: one sample against μ₀, and two independent groups with Welch's
/// (unequal variances, the default) or Student's (pooled variance) test. Usage:
/// <c>TTest.Welch(data, "indikator", "kjonn", 1, 2)</c> or <c>TTest.Welch(x, y)</c>.
/// </summary>
/// <remarks>
/// Missing values: NaN values (and, for dataset columns, every non-valid response status) are left out of each group
/// separately, as t.test's default na.action. Observations are unweighted and independent; for a complex sample use
/// the design-based comparison in <see cref="UnitComparison.WithinDesign"/>.
/// </remarks>
public static class TTest
{
    /// <summary>One-sample t-test of mean(x) = μ₀: t = (x̄ − μ₀)/(s/√n), df = n − 1 (R <c>t.test(x, mu = mu0)</c>).</summary>
    /// <exception cref="ArgumentException">Fewer than two valid values or zero variance.</exception>
    public static TTestResult OneSample(double[] x, double nullValue = 0, double level = 0.95, string label = "")
    {
        ArgumentNullException.ThrowIfNull(x);
        var (n, mean, sd) = Describe(x, "x");
        var notes = new List<string> { MissingNote(x.Length, n) };
        return new TTestResult(label, $"t-test for ett utvalg mot {TTestResult.Invariant(nullValue)}", mean, sd / Math.Sqrt(n), n - 1, nullValue, n, 0, mean, double.NaN, sd, double.NaN, CheckLevel(level), notes);
    }

    /// <summary>
    /// Welch's two-sample t-test of mean(x) − mean(y): SE = √(s₁²/n₁ + s₂²/n₂), df = (s₁²/n₁ + s₂²/n₂)² /
    /// ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)) (R <c>t.test(x, y)</c>).
    /// </summary>
    /// <exception cref="ArgumentException">A group with fewer than two valid values, or both groups without variance.</exception>
    public static TTestResult Welch(double[] x, double[] y, double nullValue = 0, double level = 0.95, string label = "")
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var (n1, m1, s1) = Describe(x, "group 1");
        var (n2, m2, s2) = Describe(y, "group 2");
        var v1 = s1 * s1 / n1;
        var v2 = s2 * s2 / n2;
        var se = Math.Sqrt(v1 + v2);
        if (!(se > 0))
        {
            throw new ArgumentException("Both groups have zero variance; the t statistic is undefined.", nameof(y));
        }

        var df = (v1 + v2) * (v1 + v2) / ((v1 * v1 / (n1 - 1)) + (v2 * v2 / (n2 - 1)));
        var notes = new List<string> { MissingNote(x.Length, n1, y.Length, n2), "Welch: variansene i gruppene antas ikke like; Welch–Satterthwaite-frihetsgrader." };
        return new TTestResult(label, "Welchs t-test", m1 - m2, se, df, nullValue, n1, n2, m1, m2, s1, s2, CheckLevel(level), notes);
    }

    /// <summary>
    /// Student's two-sample t-test with pooled variance s² = ((n₁ − 1)s₁² + (n₂ − 1)s₂²)/(n₁ + n₂ − 2),
    /// SE = s √(1/n₁ + 1/n₂), df = n₁ + n₂ − 2 (R <c>t.test(x, y, var.equal = TRUE)</c>).
    /// </summary>
    /// <exception cref="ArgumentException">A group with fewer than two valid values, or a pooled variance of zero.</exception>
    public static TTestResult Student(double[] x, double[] y, double nullValue = 0, double level = 0.95, string label = "")
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var (n1, m1, s1) = Describe(x, "group 1");
        var (n2, m2, s2) = Describe(y, "group 2");
        var df = n1 + n2 - 2.0;
        var pooled = (((n1 - 1) * s1 * s1) + ((n2 - 1) * s2 * s2)) / df;
        var se = Math.Sqrt(pooled * ((1.0 / n1) + (1.0 / n2)));
        if (!(se > 0))
        {
            throw new ArgumentException("The pooled variance is zero; the t statistic is undefined.", nameof(y));
        }

        var notes = new List<string> { MissingNote(x.Length, n1, y.Length, n2), "Student: lik varians i gruppene antas (samlet varians)." };
        return new TTestResult(label, "Students t-test", m1 - m2, se, df, nullValue, n1, n2, m1, m2, s1, s2, CheckLevel(level), notes);
    }

    /// <summary>
    /// Welch's test of a dataset column between two codes of a grouping column (group 1 − group 2). The result shows
    /// each group's n, mean and standard deviation, so both groups must be released in full under
    /// <paramref name="context"/>'s disclosure policy (default <see cref="AnalysisContext.Default"/>), decided as a table
    /// of the variable by the grouping would decide them (<see cref="GroupRelease"/>: every group of the column, Totalt and
    /// the rows without a group value, with secondary suppression), on the variable's valid values per group.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A column is not in the dataset.</exception>
    /// <exception cref="ArgumentException">A group has fewer than two valid values, or is withheld by disclosure control (the message does not give its n).</exception>
    public static TTestResult Welch(SurveyDataset data, string variable, string groupColumn, double group1, double group2, double level = 0.95, AnalysisContext? context = null)
    {
        var (x, y) = Split(data, variable, groupColumn, group1, group2, context);
        return Welch(x, y, 0, level, $"{variable}: {groupColumn} = {TTestResult.Invariant(group1)} mot {TTestResult.Invariant(group2)}");
    }

    /// <summary>Student's test of a dataset column between two codes of a grouping column (group 1 − group 2); disclosure control as <see cref="Welch(SurveyDataset, string, string, double, double, double, AnalysisContext?)"/>.</summary>
    /// <exception cref="KeyNotFoundException">A column is not in the dataset.</exception>
    /// <exception cref="ArgumentException">A group has fewer than two valid values, or is withheld by disclosure control (the message does not give its n).</exception>
    public static TTestResult Student(SurveyDataset data, string variable, string groupColumn, double group1, double group2, double level = 0.95, AnalysisContext? context = null)
    {
        var (x, y) = Split(data, variable, groupColumn, group1, group2, context);
        return Student(x, y, 0, level, $"{variable}: {groupColumn} = {TTestResult.Invariant(group1)} mot {TTestResult.Invariant(group2)}");
    }

    private static (double[] X, double[] Y) Split(SurveyDataset data, string variable, string groupColumn, double group1, double group2, AnalysisContext? context)
    {
        ArgumentNullException.ThrowIfNull(data);
        var values = data.ValidValues(variable);
        var groups = data.ValidValues(groupColumn);
        var policy = (context ?? AnalysisContext.Default).Disclosure;
        if (!policy.IsDisabled)
        {
            // Valid values per group (the n the test uses), every group of the column, decided as one table would decide them.
            var valid = Enumerable.Range(0, values.Length).Where(i => !double.IsNaN(values[i])).ToList();
            var keys = valid.Where(i => !double.IsNaN(groups[i])).Select(i => groups[i]).Distinct().Order().ToList();
            var counts = keys.Select(k => valid.Count(i => groups[i] == k)).ToList();
            var labels = keys.Select(k => k.ToString(CultureInfo.InvariantCulture)).ToList();
            var (levels, _) = GroupRelease.Decide(policy, counts, valid.Count(i => double.IsNaN(groups[i])), labels);
            foreach (var g in new[] { group1, group2 })
            {
                var at = keys.IndexOf(g);
                if (at >= 0 && levels[at] != DisclosureLevel.Full)
                {
                    throw new ArgumentException($"t-test of '{variable}' by '{groupColumn}': the group {groupColumn} = {labels[at]} is withheld by disclosure control ({policy.Name}: too few valid values, or it would give such a group away by subtraction); a t-test shows its n, mean and spread. Compare groups that are shown in full, or merge small groups first.");
                }
            }
        }

        var x = new List<double>();
        var y = new List<double>();
        for (var i = 0; i < values.Length; i++)
        {
            if (groups[i] == group1)
            {
                x.Add(values[i]);
            }
            else if (groups[i] == group2)
            {
                y.Add(values[i]);
            }
        }

        return ([.. x], [.. y]);
    }

    private static (long N, double Mean, double Sd) Describe(double[] v, string what)
    {
        long n = 0;
        var mean = 0.0;
        var m2 = 0.0;
        foreach (var x in v)
        {
            if (double.IsNaN(x))
            {
                continue;
            }

            n++;
            var d = x - mean;
            mean += d / n;
            m2 += d * (x - mean);
        }

        if (n < 2)
        {
            throw new ArgumentException($"The t-test needs at least two valid values in {what}; it has {n}.");
        }

        return (n, mean, Math.Sqrt(m2 / (n - 1)));
    }

    private static string MissingNote(int rows, long n) => $"Manglende verdier utelatt: {rows - n} av {rows}; n = {n}.";

    private static string MissingNote(int rows1, long n1, int rows2, long n2) => $"Manglende verdier utelatt per gruppe: {rows1 - n1} av {rows1} og {rows2 - n2} av {rows2}; n = {n1} og {n2}.";

    private static double CheckLevel(double level) => level > 0 && level < 1 ? level : throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");
}
