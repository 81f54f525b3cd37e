namespace Analysenotater.Cli.Commands;

/// <summary>The settings of <c>analysenotater convert</c>.</summary>
/// <param name="From">The notebook to read (.dib or .ipynb).</param>
/// <param name="To">The notebook to write (.ipynb or .dib).</param>
internal sealed record ConvertSettings(string From, string To);
