namespace Analysenotater.Notebooks.Packages;

/// <summary>What one restore produced: the packages (with the assemblies to reference) and notes for the user.</summary>
/// <param name="Packages">Restored packages, requested ones first.</param>
/// <param name="Notes">Explanations: versions changed, assemblies taken from the engine instead, packages not needed.</param>
public sealed record PackageRestoreResult(IReadOnlyList<RestoredPackage> Packages, IReadOnlyList<string> Notes);
