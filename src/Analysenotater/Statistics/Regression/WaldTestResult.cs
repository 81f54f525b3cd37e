using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Regression;

/// <summary>
/// A joint test that q linear combinations of coefficients are 0: the Wald statistic Q = (Cβ)'(CVC')⁻¹(Cβ), the
/// F statistic with its numerator and denominator df and the p-value. Immutable; on the result contract
/// (<see cref="Summary"/>, <see cref="Notes"/>).
/// </summary>
public sealed class WaldTestResult : Result
{
    /// <summary>Creates the result.</summary>
    /// <param name="hypothesis">What is tested, for example «utd=vgs = utd=hoyere = 0».</param>
    /// <param name="method">The method in words (for example «CR2, HTZ»).</param>
    /// <param name="waldStatistic">Q, the Wald χ²-type statistic with the robust covariance.</param>
    /// <param name="f">The test statistic on the F scale.</param>
    /// <param name="df1">Numerator df q.</param>
    /// <param name="df2">Denominator df (estimated for HTZ; may be fractional).</param>
    /// <param name="p">The p-value from F(df1, df2).</param>
    /// <param name="notes">Method notes.</param>
    public WaldTestResult(string hypothesis, string method, double waldStatistic, double f, double df1, double df2, double p, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(notes);
        Hypothesis = hypothesis;
        Method = method;
        WaldStatistic = waldStatistic;
        F = f;
        Df1 = df1;
        Df2 = df2;
        P = p;
        Notes = notes;
    }

    /// <summary>What is tested, for example «utd=vgs = utd=hoyere = 0».</summary>
    public string Hypothesis { get; }

    /// <summary>The method in words (for example «CR2, HTZ»).</summary>
    public string Method { get; }

    /// <summary>Q, the Wald χ²-type statistic with the robust covariance.</summary>
    public double WaldStatistic { get; }

    /// <summary>The test statistic on the F scale.</summary>
    public double F { get; }

    /// <summary>Numerator df q.</summary>
    public double Df1 { get; }

    /// <summary>Denominator df (estimated for HTZ; may be fractional).</summary>
    public double Df2 { get; }

    /// <summary>The p-value from F(<see cref="Df1"/>, <see cref="Df2"/>).</summary>
    public double P { get; }

    /// <summary>Method notes.</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <summary>One line with the test in bokmål number format.</summary>
    public string SummaryLine() => $"{Hypothesis}: F({NorwegianFormat.Number(Df1, 0)}; {NorwegianFormat.Number(Df2, 2)}) = {NorwegianFormat.Number(F, 3)}, p = {NorwegianFormat.Number(P, 4)} ({Method})";

    /// <summary>Report table: hypothesis, Q, F, df, p, with the notes.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder($"Wald-test: {Hypothesis} ({Method})", "Mål", "Verdi")
            .Row(ReportCell.FromText("Wald Q"), ReportCell.FromNumber(WaldStatistic, 3))
            .Row(ReportCell.FromText("F"), ReportCell.FromNumber(F, 3))
            .Row(ReportCell.FromText("df1"), ReportCell.FromNumber(Df1, 0))
            .Row(ReportCell.FromText("df2"), ReportCell.FromNumber(Df2, 2))
            .Row(ReportCell.FromText("p"), ReportCell.FromNumber(P, 4));
        foreach (var n in Notes)
        {
            b.Note(n);
        }

        return b.Build();
    }

    /// <inheritdoc />
    public override string ToString() => SummaryLine();
}
