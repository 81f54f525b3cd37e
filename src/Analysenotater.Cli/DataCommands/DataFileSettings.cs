namespace Analysenotater.Cli.DataCommands;

/// <summary>The settings of <c>validate</c> and <c>reproduce</c>: one data file and the shared data options.</summary>
internal sealed record DataFileSettings
{
    /// <summary>The data file, or null where the command has a default.</summary>
    public string? DataFile { get; init; }

    /// <summary>The <c>--instrument</c> value, or null (auto).</summary>
    public string? Instrument { get; init; }

    /// <summary>The <c>--missing</c> values (code=label).</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>The <c>--codebook</c> file, or null.</summary>
    public string? Codebook { get; init; }

    /// <summary>Stop on import errors.</summary>
    public bool Strict { get; init; }

    /// <summary>--study, or null.</summary>
    public string? Study { get; init; }

    /// <summary>--map, or null.</summary>
    public string? Map { get; init; }

    /// <summary>What to print.</summary>
    public OutputFormat Format { get; init; }

    /// <summary>The output file, or null for standard output.</summary>
    public string? Output { get; init; }

    /// <summary><c>reproduce --all</c>: list every row, not only the differences.</summary>
    public bool All { get; init; }
}
