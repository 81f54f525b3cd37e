using Analysenotater.Reporting;
using Analysenotater.Statistics.Results;
using Analysenotater.Statistics.Distributions;

namespace Analysenotater.Statistics.Logistic;

/// <summary>
/// The coefficients of a logistic model under one variance method (model-based, HC0, cluster-robust CR1,
/// design-based) as odds ratios with confidence intervals, with n, the method and notes. Immutable; renders with
/// Norwegian labels.
/// </summary>
public sealed class OddsRatioTable : Result, IEstimationResult
{
    internal OddsRatioTable(string method, string dependent, int n, IReadOnlyList<OddsRatioEstimate> estimates, double confidenceLevel, IReadOnlyList<string> notes, double[] covariance, string? shortName = null)
    {
        Method = method;
        ShortName = shortName ?? method;
        DependentName = dependent;
        N = n;
        Coefficients = estimates;
        ConfidenceLevel = confidenceLevel;
        Notes = notes;
        Covariance = covariance;
    }

    /// <summary>The estimation and variance method in words (Norwegian).</summary>
    public string Method { get; }

    /// <summary>A short label for the method, used as column heading by <see cref="SideBySide"/> (e.g. "CR1").</summary>
    public string ShortName { get; }

    /// <summary>The dependent (0/1) variable.</summary>
    public string DependentName { get; }

    /// <summary>The number of complete cases used (unweighted).</summary>
    public int N { get; }

    /// <summary>The coefficients, constant first.</summary>
    public IReadOnlyList<OddsRatioEstimate> Coefficients { get; }

    /// <inheritdoc />
    long IEstimationResult.N => N;

    /// <inheritdoc />
    public IReadOnlyList<IEstimate> Parameters => Coefficients;

    /// <summary>The confidence level of the intervals (e.g. 0.95).</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Notes on the method, the reference distribution and missing values.</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <summary>The covariance matrix of B (log-odds scale), row-major p × p.</summary>
    public IReadOnlyList<double> Covariance { get; }

    /// <summary>The labels shown for the variables and codes in <see cref="Summary"/> (the model's
    /// <see cref="Regression.ModelFrame.Labels"/>; <see cref="VariableLabels.None"/> for raw names).</summary>
    public VariableLabels Labels { get; internal init; } = VariableLabels.None;

    /// <summary>The coefficient with this name.</summary>
    /// <exception cref="KeyNotFoundException">No such coefficient; the message lists the names.</exception>
    /// <exception cref="InvalidOperationException">The coefficient is suppressed by the disclosure rule.</exception>
    public OddsRatioEstimate this[string name] => Regression.CoefficientLookup.Find(Coefficients, c => c.Name, name, Source);

    /// <summary>The model frame that decides which coefficients are suppressed by the disclosure rule; null for none.</summary>
    internal Regression.ModelFrame? Source { get; init; }

    /// <summary>The estimates with every coefficient the frame suppresses set to NaN (the name kept).</summary>
    internal static List<OddsRatioEstimate> Suppress(Regression.ModelFrame frame, List<OddsRatioEstimate> list) => !frame.HasSuppression
        ? list
        : [.. list.Select((c, j) => frame.IsSuppressed(j) ? c with { B = double.NaN, StandardError = double.NaN, Statistic = double.NaN, P = double.NaN, OddsRatio = double.NaN, Lower = double.NaN, Upper = double.NaN } : c)];

    internal static List<OddsRatioEstimate> Build(IReadOnlyList<string> names, IReadOnlyList<double> b, double[] covariance, double df, double level)
    {
        var p = names.Count;
        var q = double.IsPositiveInfinity(df) ? Probability.NormalQuantile(0.5 + level / 2) : Probability.TQuantile(0.5 + level / 2, df);
        var list = new List<OddsRatioEstimate>(p);
        for (var j = 0; j < p; j++)
        {
            var se = Math.Sqrt(covariance[j * p + j]);
            var t = b[j] / se;
            var pv = double.IsPositiveInfinity(df) ? Probability.TwoSidedNormal(t) : Probability.TwoSidedT(t, df);
            list.Add(new OddsRatioEstimate(names[j], b[j], se, t, df, pv, Math.Exp(b[j]), Math.Exp(b[j] - q * se), Math.Exp(b[j] + q * se)));
        }

        return list;
    }

    /// <summary>The table for people: B, SE, z or t, p, OR and its interval (the constant's OR is the odds at all
    /// predictors 0 and is left out of the OR columns).</summary>
    public override ReportTable Summary()
    {
        var pct = (ConfidenceLevel * 100).ToString("0.##", NorwegianFormat.Numbers);
        var z = Coefficients.Count > 0 && double.IsPositiveInfinity(Coefficients[0].Df);
        var b = new ReportTableBuilder($"{Labels.Variable(DependentName)}: {Method} (n = {NorwegianFormat.Count(N)})", "Variabel", "B", "SE", z ? "z" : "t", "df", "p", "OR", $"{pct} % KI nedre", $"{pct} % KI øvre");
        for (var j = 0; j < Coefficients.Count; j++)
        {
            var c = Coefficients[j];
            if (Source?.IsSuppressed(j) == true)
            {
                b.Row([ReportCell.FromText(Labels.Coefficient(c.Name)), .. Enumerable.Repeat(ReportCell.Suppressed, 8)]);
                continue;
            }

            var constant = c.Name == "(Konstant)";
            b.Row(ReportCell.FromText(Labels.Coefficient(c.Name)), ReportCell.FromNumber(c.B, 3), ReportCell.FromNumber(c.StandardError, 3), ReportCell.FromNumber(c.Statistic, 2),
                double.IsPositiveInfinity(c.Df) ? ReportCell.FromText("∞") : ReportCell.FromNumber(c.Df, c.Df == Math.Round(c.Df) ? 0 : 1),
                ReportCell.FromPValue(c.P), constant ? ReportCell.Empty : ReportCell.FromNumber(c.OddsRatio, 3),
                constant ? ReportCell.Empty : ReportCell.FromNumber(c.Lower, 3), constant ? ReportCell.Empty : ReportCell.FromNumber(c.Upper, 3));
        }

        foreach (var n in Notes)
        {
            b.Note(n);
        }

        return b.Build();
    }

    /// <summary>Odds ratios with intervals of several methods side by side, one column per method ("OR (nedre–øvre)"),
    /// plus a p-value column per method. The constant is left out. Coefficients are matched by name.</summary>
    /// <param name="title">The table title.</param>
    /// <param name="tables">The methods to compare (e.g. model-based, CR1, design-based).</param>
    /// <exception cref="ArgumentException">No tables given.</exception>
    public static ReportTable SideBySide(string title, params OddsRatioTable[] tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Length == 0)
        {
            throw new ArgumentException("Give at least one odds-ratio table.", nameof(tables));
        }

        var columns = new List<string> { "Variabel" };
        foreach (var t in tables)
        {
            columns.Add($"{t.ShortName}: OR ({(t.ConfidenceLevel * 100).ToString("0.##", NorwegianFormat.Numbers)} % KI)");
            columns.Add($"{t.ShortName}: p");
        }

        var b = new ReportTableBuilder(title, [.. columns]);
        foreach (var name in tables[0].Coefficients.Select(e => e.Name).Where(n => n != "(Konstant)"))
        {
            var cells = new List<ReportCell> { ReportCell.FromText(tables[0].Labels.Coefficient(name)) };
            foreach (var t in tables)
            {
                var e = t.Coefficients.FirstOrDefault(x => x.Name == name);
                cells.Add(e is null ? ReportCell.Empty : ReportCell.FromText($"{NorwegianFormat.Number(e.OddsRatio, 2)} ({NorwegianFormat.Number(e.Lower, 2)}–{NorwegianFormat.Number(e.Upper, 2)})"));
                cells.Add(e is null ? ReportCell.Empty : ReportCell.FromPValue(e.P));
            }

            b.Row([.. cells]);
        }

        foreach (var t in tables)
        {
            b.Note($"{t.ShortName} (n = {NorwegianFormat.Count(t.N)}): {t.Notes.FirstOrDefault() ?? ""}");
        }

        return b.Build();
    }
}
