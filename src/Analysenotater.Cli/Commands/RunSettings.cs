namespace Analysenotater.Cli.Commands;

/// <summary>The settings of <c>analysenotater run</c>.</summary>
internal sealed record RunSettings
{
    /// <summary>The output formats <c>--format</c> accepts.</summary>
    public static readonly IReadOnlyList<string> KnownFormats = ["ipynb", "html"];

    /// <summary>The notebook, script or folder to run.</summary>
    public required string Path { get; init; }

    /// <summary>The output folder (relative to the working directory or absolute).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Keep going after a failing cell and exit 0.</summary>
    public bool AllowErrors { get; init; }

    /// <summary>The formats to write (a subset of <see cref="KnownFormats"/>).</summary>
    public required IReadOnlySet<string> Formats { get; init; }

    /// <summary>The parameters to inject, by name.</summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }
}
