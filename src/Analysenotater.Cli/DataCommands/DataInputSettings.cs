using Analysenotater.Import;

namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// The values of the options every data command shares (<see cref="DataInputOptions"/>): how the data file is read
/// (<c>--instrument</c>, <c>--study</c>, <c>--map</c>, <c>--missing</c>, <c>--codebook</c>, <c>--strict</c>) and
/// what is printed where (<c>--format</c>, <c>--output</c>).
/// </summary>
internal sealed record DataInputSettings
{
    /// <summary>The <c>--instrument</c> value, or null (auto).</summary>
    public string? Instrument { get; init; }

    /// <summary>The <c>--study</c> value, or null (auto).</summary>
    public string? Study { get; init; }

    /// <summary>The <c>--map</c> value, or null (headers are item ids).</summary>
    public string? Map { get; init; }

    /// <summary>The <c>--missing</c> values (code=label); empty when not given or not offered by the command.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>The <c>--codebook</c> file, or null.</summary>
    public string? Codebook { get; init; }

    /// <summary>Stop with exit code 1 on import errors (<c>--strict</c>).</summary>
    public bool Strict { get; init; }

    /// <summary>The <c>--ledger</c> location (a directory or a state file), or null for the default directory.</summary>
    public string? Ledger { get; init; }

    /// <summary>What to print (<c>--format</c>; text when the command has no such option).</summary>
    public OutputFormat Format { get; init; }

    /// <summary>The <c>--output</c> file, or null for standard output.</summary>
    public string? Output { get; init; }

    /// <summary>The import options of <c>--missing</c> and <c>--codebook</c>, or null when neither is given.</summary>
    /// <exception cref="FileNotFoundException">The codebook file does not exist.</exception>
    public ImportOptions? ImportOptions() => DataOptions.ImportOptionsFrom(Missing, Codebook);
}
