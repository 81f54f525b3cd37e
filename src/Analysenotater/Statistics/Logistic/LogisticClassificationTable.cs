namespace Analysenotater.Statistics.Logistic;

/// <summary>
/// SPSS's classification table: observed outcome against the outcome predicted by p̂ &gt; <see cref="Cut"/>
/// (a case exactly at the cut is predicted 0, as SPSS classifies cases whose predicted value exceeds the cut as 1).
/// </summary>
/// <param name="Cut">The classification cut on the predicted probability (SPSS default 0.5).</param>
/// <param name="Observed0Predicted0">y = 0 predicted 0.</param>
/// <param name="Observed0Predicted1">y = 0 predicted 1.</param>
/// <param name="Observed1Predicted0">y = 1 predicted 0.</param>
/// <param name="Observed1Predicted1">y = 1 predicted 1.</param>
public sealed record LogisticClassificationTable(double Cut, int Observed0Predicted0, int Observed0Predicted1, int Observed1Predicted0, int Observed1Predicted1)
{
    /// <summary>Percent of the y = 0 cases predicted 0 (specificity, in percent).</summary>
    public double PercentCorrect0 => 100.0 * Observed0Predicted0 / (Observed0Predicted0 + Observed0Predicted1);

    /// <summary>Percent of the y = 1 cases predicted 1 (sensitivity, in percent).</summary>
    public double PercentCorrect1 => 100.0 * Observed1Predicted1 / (Observed1Predicted0 + Observed1Predicted1);

    /// <summary>Percent of all cases classified correctly.</summary>
    public double OverallPercentCorrect => 100.0 * (Observed0Predicted0 + Observed1Predicted1) / (Observed0Predicted0 + Observed0Predicted1 + Observed1Predicted0 + Observed1Predicted1);
}
