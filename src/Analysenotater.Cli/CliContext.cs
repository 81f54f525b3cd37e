using System.CommandLine;

namespace Analysenotater.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, progress and errors to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output (paths written, tables).</param>
/// <param name="Error">Standard error (progress per cell, error messages).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error)
{
    /// <summary>The writers of a parsed command line's invocation configuration.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns>The context.</returns>
    public static CliContext From(ParseResult parseResult)
        => new(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
}
