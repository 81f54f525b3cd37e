namespace Analysenotater.Plotting.Coefficients;

/// <summary>One coefficient estimated by one method, with its confidence interval.</summary>
/// <param name="Term">The predictor (for example «Kjønn (kvinne)»).</param>
/// <param name="Method">The method (for example «OLS (rapporten)», «CR2», «Vektet (design)», «Flernivå»).</param>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
public sealed record CoefficientInterval(string Term, string Method, double Estimate, double Lower, double Upper);
