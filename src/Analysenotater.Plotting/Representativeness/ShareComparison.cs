namespace Analysenotater.Plotting.Representativeness;

/// <summary>One characteristic compared between the sample and a register (for example «Kvinner»: 30 % vs 27 %).</summary>
/// <param name="Label">The characteristic.</param>
/// <param name="SamplePercent">Share in the sample (0–100).</param>
/// <param name="ReferencePercent">Share in the reference population (0–100), or null when the register has no figure.</param>
public sealed record ShareComparison(string Label, double SamplePercent, double? ReferencePercent);
