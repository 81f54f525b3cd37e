namespace Analysenotater.Notebooks.Packages;

/// <summary>A package a session restored (asked for or a dependency).</summary>
/// <param name="Id">The package id as the source spells it.</param>
/// <param name="Version">The resolved version (normalised, for example 1.2.0).</param>
/// <param name="Source">The source it came from (URL or folder), "cache" when it was already extracted, or "engine" for the engine's own copy.</param>
/// <param name="Assemblies">The assembly files referenced (absolute paths; empty for a package the engine already carries).</param>
/// <param name="Requested">True for a package a cell asked for; false for a dependency.</param>
public sealed record RestoredPackage(string Id, string Version, string Source, IReadOnlyList<string> Assemblies, bool Requested)
{
    /// <summary>
    /// True when this is another version of a package the engine carries, loaded beside the engine's copy: the session's
    /// cells are compiled against these assemblies and run in the session's own load context.
    /// </summary>
    public bool SideBySide { get; init; }
}
