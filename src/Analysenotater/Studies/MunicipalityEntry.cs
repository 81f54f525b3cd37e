namespace Analysenotater.Studies;

/// <summary>One municipality of a <see cref="MunicipalityTable"/>.</summary>
/// <param name="Number">The municipality number.</param>
/// <param name="Name">The name.</param>
/// <param name="SizeGroup">The size group as written in the table (a code such as «1» or a label such as «liten»).</param>
/// <param name="County">The county, or empty.</param>
public sealed record MunicipalityEntry(int Number, string Name, string SizeGroup, string County);
