namespace Analysenotater.KoRus2017.Synthetic;

/// <summary>One calibrated quantity of the synthetic generator: the target, what the data achieved, and the parameter that was tuned.</summary>
/// <param name="Quantity">What was calibrated (e.g. <c>ind_samlet alpha</c>).</param>
/// <param name="Target">Published target value.</param>
/// <param name="Achieved">Value computed from the generated data.</param>
/// <param name="Parameter">Name of the tuned latent-model parameter.</param>
/// <param name="ParameterValue">Its final value.</param>
public sealed record CalibrationStep(string Quantity, double Target, double Achieved, string Parameter, double ParameterValue);
