namespace Analysenotater.Cli.Commands;

/// <summary>The settings of <c>analysenotater kernel</c> and <c>kernel install</c>.</summary>
/// <param name="ConnectionFile">The Jupyter connection file to serve (kernel), or null (install).</param>
/// <param name="Prefix">The install prefix, or null for the user's kernel folder.</param>
internal sealed record KernelSettings(string? ConnectionFile, string? Prefix);
