namespace Analysenotater.Cli.DataCommands;

/// <summary>The settings of <c>validate</c> and <c>reproduce</c>: one data file and the shared data options.</summary>
internal sealed record DataFileSettings
{
    /// <summary>The data file, or null where the command has a default.</summary>
    public string? DataFile { get; init; }

    /// <summary>The shared data options (<see cref="DataInputOptions"/>).</summary>
    public required DataInputSettings Input { get; init; }

    /// <summary><c>reproduce --all</c>: list every row, not only the differences.</summary>
    public bool All { get; init; }
}
