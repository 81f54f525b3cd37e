namespace Analysenotater.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, progress and errors to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output (paths written, tables).</param>
/// <param name="Error">Standard error (progress per cell, error messages).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error);
