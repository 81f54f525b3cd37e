namespace Analysenotater.Notebooks.Packages;

/// <summary>What one restore produced: the packages (with the assemblies to reference), notes for the user, and the packages that failed.</summary>
/// <param name="Packages">Restored packages, requested ones first.</param>
/// <param name="Notes">Explanations: versions changed, assemblies taken from the engine instead, packages not needed.</param>
public sealed record PackageRestoreResult(IReadOnlyList<RestoredPackage> Packages, IReadOnlyList<string> Notes)
{
    /// <summary>Packages (or dependencies) that could not be restored; the others are restored and usable all the same.</summary>
    public IReadOnlyList<PackageRestoreException> Failures { get; init; } = [];
}
