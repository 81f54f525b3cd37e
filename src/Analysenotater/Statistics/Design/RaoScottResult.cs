using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Design;

/// <summary>
/// The Rao–Scott test of independence in a design-based two-way table (R <c>svychisq</c>): Pearson's X² on the
/// weighted table scaled to n, the generalised design effects δ (eigenvalues of Δ), the second-order corrected F
/// (<c>statistic = "F"</c>, the default) and the first-order corrected χ² (<c>statistic = "Chisq"</c>). Immutable.
/// </summary>
public sealed class RaoScottResult : Result
{
    internal RaoScottResult(string rowName, string columnName, int rows, int columns, long n, double pearson, double traceDelta, double traceDelta2, double designDf, double f, double ndf, double ddf, double pF, double chiSquare, double df, double pChiSquare, IReadOnlyList<string> notes)
    {
        RowName = rowName;
        ColumnName = columnName;
        RowLevels = rows;
        ColumnLevels = columns;
        N = n;
        PearsonChiSquare = pearson;
        MeanDesignEffect = traceDelta / ((rows - 1) * (columns - 1));
        TraceDelta = traceDelta;
        TraceDeltaSquared = traceDelta2;
        DesignDf = designDf;
        F = f;
        NumeratorDf = ndf;
        DenominatorDf = ddf;
        FP = pF;
        AdjustedChiSquare = chiSquare;
        Df = df;
        ChiSquareP = pChiSquare;
        Notes = notes;
    }

    /// <summary>The row variable.</summary>
    public string RowName { get; }

    /// <summary>The column variable.</summary>
    public string ColumnName { get; }

    /// <summary>The number of row categories.</summary>
    public int RowLevels { get; }

    /// <summary>The number of column categories.</summary>
    public int ColumnLevels { get; }

    /// <summary>Rows with both variables present.</summary>
    public long N { get; }

    /// <summary>Pearson's X² of the weighted table scaled to <see cref="N"/> (what svychisq prints as X-squared for «Chisq»).</summary>
    public double PearsonChiSquare { get; }

    /// <summary>The mean generalised design effect δ̄ = tr(Δ)/((r − 1)(c − 1)).</summary>
    public double MeanDesignEffect { get; }

    /// <summary>tr(Δ).</summary>
    public double TraceDelta { get; }

    /// <summary>tr(Δ²).</summary>
    public double TraceDeltaSquared { get; }

    /// <summary>The design's degrees of freedom (PSUs − strata).</summary>
    public double DesignDf { get; }

    /// <summary>Second-order Rao–Scott F = X² / tr(Δ).</summary>
    public double F { get; }

    /// <summary>Numerator df d = tr(Δ)²/tr(Δ²).</summary>
    public double NumeratorDf { get; }

    /// <summary>Denominator df d · (PSUs − strata).</summary>
    public double DenominatorDf { get; }

    /// <summary>p of <see cref="F"/> from F(d, d·df).</summary>
    public double FP { get; }

    /// <summary>First-order corrected χ² = X² / δ̄.</summary>
    public double AdjustedChiSquare { get; }

    /// <summary>(r − 1)(c − 1).</summary>
    public double Df { get; }

    /// <summary>p of <see cref="AdjustedChiSquare"/> from χ²((r − 1)(c − 1)).</summary>
    public double ChiSquareP { get; }

    /// <summary>Method notes.</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <summary>One line: the F test (bokmål number format).</summary>
    public string SummaryLine() => $"{RowName} × {ColumnName}: Rao–Scott F({NorwegianFormat.Number(NumeratorDf, 2)}; {NorwegianFormat.Number(DenominatorDf, 2)}) = {NorwegianFormat.Number(F, 3)}, p = {NorwegianFormat.Number(FP, 4)}";

    /// <summary>Report: both corrections.</summary>
    public override ReportDocument Summary()
    {
        var b = new ReportTableBuilder($"Rao–Scott-test av uavhengighet: {RowName} × {ColumnName} (n = {NorwegianFormat.Count(N)})", "Test", "Verdi", "df", "p")
            .Row(ReportCell.FromText("Pearsons X² (vektet tabell skalert til n)"), ReportCell.FromNumber(PearsonChiSquare, 3), ReportCell.FromNumber(Df, 0), ReportCell.Empty)
            .Row(ReportCell.FromText("Rao–Scott F (andre ordens korreksjon)"), ReportCell.FromNumber(F, 3), ReportCell.FromText($"{NorwegianFormat.Number(NumeratorDf, 2)}; {NorwegianFormat.Number(DenominatorDf, 2)}"), ReportCell.FromNumber(FP, 4))
            .Row(ReportCell.FromText("Rao–Scott χ² (første ordens korreksjon)"), ReportCell.FromNumber(AdjustedChiSquare, 3), ReportCell.FromNumber(Df, 0), ReportCell.FromNumber(ChiSquareP, 4));
        foreach (var note in Notes)
        {
            b.Note(note);
        }

        return new ReportDocument("Rao–Scott-test", [b.Build()]);
    }

    /// <inheritdoc />
    public override string ToString() => SummaryLine();
}
