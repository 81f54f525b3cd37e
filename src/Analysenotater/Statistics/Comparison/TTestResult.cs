using System.Globalization;
using Analysenotater.Reporting;
using Analysenotater.Statistics.Distributions;
using Analysenotater.Statistics.Results;

namespace Analysenotater.Statistics.Comparison;

/// <summary>
/// A t-test from data (one sample, or two independent groups by Welch or Student): the estimate (a mean, or the
/// difference group 1 − group 2), its SE, the t statistic, df, two-sided p and a confidence interval at any level.
/// Immutable. Values are in the units of the analysed variable.
/// </summary>
public sealed class TTestResult : Result, IEstimate, IEstimationResult
{
    internal TTestResult(string label, string method, double estimate, double se, double df, double nullValue, long n1, long n2, double mean1, double mean2, double sd1, double sd2, double level, IReadOnlyList<string> notes)
    {
        Label = label;
        Method = method;
        Estimate = estimate;
        StandardError = se;
        Df = df;
        NullValue = nullValue;
        N1 = n1;
        N2 = n2;
        Mean1 = mean1;
        Mean2 = mean2;
        StandardDeviation1 = sd1;
        StandardDeviation2 = sd2;
        ConfidenceLevel = level;
        Notes = notes;
        T = (estimate - nullValue) / se;
        P = Probability.TwoSidedT(T, df);
    }

    /// <summary>What is tested.</summary>
    public string Label { get; }

    /// <summary>The method in words (Welch, Student, one sample).</summary>
    public string Method { get; }

    /// <summary>The estimate: the mean (one sample) or the difference of means group 1 − group 2.</summary>
    public double Estimate { get; }

    /// <summary>The standard error of <see cref="Estimate"/>.</summary>
    public double StandardError { get; }

    /// <summary>Degrees of freedom: n − 1 (one sample), n₁ + n₂ − 2 (Student) or Welch–Satterthwaite (Welch).</summary>
    public double Df { get; }

    /// <summary>The value under the null hypothesis (μ₀ for one sample, the hypothesised difference for two groups; 0 by default).</summary>
    public double NullValue { get; }

    /// <summary>Valid observations (one sample) or in group 1.</summary>
    public long N1 { get; }

    /// <summary>Valid observations in group 2 (0 for one sample).</summary>
    public long N2 { get; }

    /// <summary>Total valid observations used.</summary>
    public long N => N1 + N2;

    /// <summary>Mean of the sample or of group 1.</summary>
    public double Mean1 { get; }

    /// <summary>Mean of group 2 (NaN for one sample).</summary>
    public double Mean2 { get; }

    /// <summary>SD (n − 1) of the sample or of group 1.</summary>
    public double StandardDeviation1 { get; }

    /// <summary>SD (n − 1) of group 2 (NaN for one sample).</summary>
    public double StandardDeviation2 { get; }

    /// <summary>The t statistic (estimate − null value) / SE.</summary>
    public double T { get; }

    /// <summary>Two-sided p from t(df).</summary>
    public double P { get; }

    /// <summary>The level of <see cref="Lower"/> and <see cref="Upper"/>.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Lower limit at <see cref="ConfidenceLevel"/>.</summary>
    public double Lower => ConfidenceInterval(ConfidenceLevel).Lower;

    /// <summary>Upper limit at <see cref="ConfidenceLevel"/>.</summary>
    public double Upper => ConfidenceInterval(ConfidenceLevel).Upper;

    /// <summary>Notes: missing values, assumptions.</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <summary>The label: <see cref="Label"/>.</summary>
    string IEstimate.Name => Label;

    /// <summary>Observations in both groups.</summary>
    long IEstimationResult.N => N1 + N2;

    /// <summary>The one parameter: the mean or the difference.</summary>
    public IReadOnlyList<IEstimate> Parameters => [this];

    /// <summary>Estimate ± t(1 − (1 − level)/2; df)·SE.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Level outside (0, 1).</exception>
    public ConfidenceInterval ConfidenceInterval(double level) => Results.ConfidenceInterval.Wald(Estimate, StandardError, Df, level);

    /// <summary>One line: estimate, CI, t, df, p (bokmål number format).</summary>
    public string SummaryLine()
    {
        var pct = (ConfidenceLevel * 100).ToString("0.##", NorwegianFormat.Numbers);
        return $"{Label}: {NorwegianFormat.Number(Estimate, 3)} ({pct} % KI {NorwegianFormat.Number(Lower, 3)} til {NorwegianFormat.Number(Upper, 3)}), t = {NorwegianFormat.Number(T, 3)}, df = {NorwegianFormat.Number(Df, 2)}, p = {NorwegianFormat.Number(P, 4)} ({Method})".TrimStart(':', ' ');
    }

    /// <summary>Report table: groups, difference, t, df, p.</summary>
    public override ReportDocument Summary()
    {
        var pct = (ConfidenceLevel * 100).ToString("0.##", NorwegianFormat.Numbers);
        var b = new ReportTableBuilder($"t-test: {Label} ({Method})", "Mål", "Verdi");
        b.Row(ReportCell.FromText(N2 == 0 ? "Gjennomsnitt" : "Gjennomsnitt gruppe 1"), ReportCell.FromNumber(Mean1, 3));
        if (N2 > 0)
        {
            b.Row(ReportCell.FromText("Gjennomsnitt gruppe 2"), ReportCell.FromNumber(Mean2, 3));
            b.Row(ReportCell.FromText("Differanse"), ReportCell.FromNumber(Estimate, 3));
        }

        b.Row(ReportCell.FromText("Standardfeil"), ReportCell.FromNumber(StandardError, 3))
            .Row(ReportCell.FromText($"{pct} % KI nedre"), ReportCell.FromNumber(Lower, 3))
            .Row(ReportCell.FromText($"{pct} % KI øvre"), ReportCell.FromNumber(Upper, 3))
            .Row(ReportCell.FromText("t"), ReportCell.FromNumber(T, 3))
            .Row(ReportCell.FromText("df"), ReportCell.FromNumber(Df, 2))
            .Row(ReportCell.FromText("p (tosidig)"), ReportCell.FromNumber(P, 4))
            .Row(ReportCell.FromText("n"), ReportCell.FromText(N2 == 0 ? NorwegianFormat.Count(N1) : $"{NorwegianFormat.Count(N1)} + {NorwegianFormat.Count(N2)}"));
        foreach (var n in Notes)
        {
            b.Note(n);
        }

        return new ReportDocument("t-test", [b.Build()]);
    }

    /// <inheritdoc />
    public override string ToString() => SummaryLine();

    internal static string Invariant(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
