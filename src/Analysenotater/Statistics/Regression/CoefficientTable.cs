using System.Globalization;
using Analysenotater.Reporting;
using Analysenotater.Statistics.Results;

namespace Analysenotater.Statistics.Regression;

/// <summary>
/// Coefficients of one model under one variance method (OLS, HC0–HC3, CR1, CR2, design-based, mixed model), with
/// n, the method's name and numbered notes. Immutable; renders as a table with Norwegian labels.
/// </summary>
public sealed class CoefficientTable : Result, IRegressionResult
{
    internal CoefficientTable(string method, string dependent, int n, IReadOnlyList<CoefficientEstimate> coefficients, double confidenceLevel, IReadOnlyList<string> notes, double[] covariance)
    {
        Method = method;
        DependentName = dependent;
        N = n;
        Coefficients = coefficients;
        ConfidenceLevel = confidenceLevel;
        Notes = notes;
        Covariance = covariance;
    }

    /// <summary>The estimation and variance method in words (Norwegian), e.g. "OLS, klyngerobust CR2 (Satterthwaite df)".</summary>
    public string Method { get; }

    /// <summary>The dependent variable.</summary>
    public string DependentName { get; }

    /// <summary>The number of cases used.</summary>
    public int N { get; }

    /// <summary>The coefficients, constant first.</summary>
    public IReadOnlyList<CoefficientEstimate> Coefficients { get; }

    /// <summary>The confidence level of the intervals (e.g. 0.95).</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Notes on the method, df and missing values.</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <inheritdoc />
    long IEstimationResult.N => N;

    /// <inheritdoc />
    public IReadOnlyList<IEstimate> Parameters => Coefficients;

    /// <summary>The covariance matrix of the coefficients, row-major p × p.</summary>
    public IReadOnlyList<double> Covariance { get; }

    /// <summary>The labels shown for the variables and codes in <see cref="Summary"/> (the model's
    /// <see cref="ModelFrame.Labels"/>; <see cref="VariableLabels.None"/> for raw names).</summary>
    public VariableLabels Labels { get; internal init; } = VariableLabels.None;

    /// <summary>The model frame the coefficients come from, when it decides which are suppressed by the disclosure
    /// rule (<see cref="ModelFrame.SuppressedCoefficients"/>); null for none.</summary>
    internal ModelFrame? Source { get; init; }

    /// <summary>The coefficient with this name.</summary>
    /// <exception cref="KeyNotFoundException">No such coefficient.</exception>
    /// <exception cref="InvalidOperationException">The coefficient is suppressed by the disclosure rule.</exception>
    public CoefficientEstimate this[string name] => Regression.CoefficientLookup.Find(Coefficients, c => c.Name, name, Source);

    /// <summary>The table for people.</summary>
    public override ReportTable Summary()
    {
        var pct = (ConfidenceLevel * 100).ToString("0.##", NorwegianFormat.Numbers);
        var b = new ReportTableBuilder($"{Labels.Variable(DependentName)}: {Method} (n = {NorwegianFormat.Count(N)})", "Variabel", "B", "SE", "t", "df", "p", $"{pct} % KI nedre", $"{pct} % KI øvre");
        for (var j = 0; j < Coefficients.Count; j++)
        {
            var c = Coefficients[j];
            if (Source?.IsSuppressed(j) == true)
            {
                b.Row([ReportCell.FromText(Labels.Coefficient(c.Name)), .. Enumerable.Repeat(ReportCell.Suppressed, 7)]);
                continue;
            }

            b.Row(ReportCell.FromText(Labels.Coefficient(c.Name)), ReportCell.FromNumber(c.Estimate, 3), ReportCell.FromNumber(c.StandardError, 3), ReportCell.FromNumber(c.T, 2),
                double.IsPositiveInfinity(c.Df) ? ReportCell.FromText("∞") : ReportCell.FromNumber(c.Df, c.Df == Math.Round(c.Df) ? 0 : 1),
                ReportCell.FromPValue(c.P), ReportCell.FromNumber(c.Lower, 3), ReportCell.FromNumber(c.Upper, 3));
        }

        foreach (var n in Notes)
        {
            b.Note(n);
        }

        return b.Build();
    }

    internal static string Invariant(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
