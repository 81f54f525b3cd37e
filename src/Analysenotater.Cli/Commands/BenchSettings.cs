namespace Analysenotater.Cli.Commands;

/// <summary>The settings of <c>analysenotater bench</c>.</summary>
/// <param name="Folder">The folder whose notebooks are run cold.</param>
/// <param name="Cells">How many small cells are timed warm (at least 1).</param>
internal sealed record BenchSettings(string Folder, int Cells);
