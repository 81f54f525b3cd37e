namespace Analysenotater.Cli.DataCommands;

/// <summary>The settings of <c>analysenotater convert-data</c>.</summary>
/// <param name="From">The file to read.</param>
/// <param name="To">The file to write (.csv, .xlsx, .sav, .zsav).</param>
/// <param name="Input">The shared data options (<see cref="DataInputOptions"/>; no --format or --output).</param>
/// <param name="Force">Overwrite <paramref name="To"/>.</param>
internal sealed record ConvertDataSettings(string From, string To, DataInputSettings Input, bool Force);
