namespace Analysenotater.Notebooks.Execution;

/// <summary>A <c>#r "nuget: Id, Version"</c> line of a cell.</summary>
/// <param name="Id">The package id as written.</param>
/// <param name="Version">The version or range as written; empty for "the newest stable".</param>
/// <param name="Line">The 1-based line of the directive in its cell.</param>
public sealed record PackageRequest(string Id, string Version, int Line);
