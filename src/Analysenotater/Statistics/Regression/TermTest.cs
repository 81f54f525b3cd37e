namespace Analysenotater.Statistics.Regression;

/// <summary>A joint F test that all coefficients of a term are zero (for a categorical predictor: that the levels do
/// not differ), equal to the F of comparing the model with and without the term.</summary>
/// <param name="Term">The term's name.</param>
/// <param name="F">The F statistic.</param>
/// <param name="Df1">Numerator df (number of dummies).</param>
/// <param name="Df2">Denominator df (residual df of the model).</param>
/// <param name="P">P(F(df1, df2) &gt; F).</param>
public sealed record TermTest(string Term, double F, double Df1, double Df2, double P);
