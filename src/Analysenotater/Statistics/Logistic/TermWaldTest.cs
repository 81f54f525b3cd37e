namespace Analysenotater.Statistics.Logistic;

/// <summary>Joint Wald test that all dummy coefficients of a categorical predictor are zero: W = b'V⁻¹b with
/// <see cref="Df"/> = number of dummies, p from χ²(df) (SPSS prints it on the variable's own row).</summary>
/// <param name="Term">The categorical variable.</param>
/// <param name="Wald">The Wald χ² statistic.</param>
/// <param name="Df">Its degrees of freedom.</param>
/// <param name="P">P(χ²_df &gt; W).</param>
public sealed record TermWaldTest(string Term, double Wald, int Df, double P);
