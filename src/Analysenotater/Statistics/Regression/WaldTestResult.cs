using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Regression;

/// <summary>
/// A joint test that q linear combinations of coefficients are 0: the Wald statistic Q = (Cβ)'(CVC')⁻¹(Cβ), the
/// F statistic with its numerator and denominator df and the p-value. Immutable.
/// </summary>
/// <param name="Hypothesis">What is tested, for example «utd=vgs = utd=hoyere = 0».</param>
/// <param name="Method">The method in words (for example «CR2, HTZ»).</param>
/// <param name="WaldStatistic">Q, the Wald χ²-type statistic with the robust covariance.</param>
/// <param name="F">The test statistic on the F scale.</param>
/// <param name="Df1">Numerator df q.</param>
/// <param name="Df2">Denominator df (estimated for HTZ; may be fractional).</param>
/// <param name="P">The p-value from F(Df1, Df2).</param>
/// <param name="Notes">Method notes.</param>
public sealed record WaldTestResult(string Hypothesis, string Method, double WaldStatistic, double F, double Df1, double Df2, double P, IReadOnlyList<string> Notes)
{
    /// <summary>One line with the test in bokmål number format.</summary>
    public string Summary() => $"{Hypothesis}: F({NorwegianFormat.Number(Df1, 0)}; {NorwegianFormat.Number(Df2, 2)}) = {NorwegianFormat.Number(F, 3)}, p = {NorwegianFormat.Number(P, 4)} ({Method})";

    /// <inheritdoc />
    public override string ToString() => Summary();
}
