using Analysenotater.Tables;

namespace Analysenotater.Cli.DataCommands;

/// <summary>The settings of <c>analysenotater table</c>.</summary>
internal sealed record TableSettings
{
    /// <summary>The data file.</summary>
    public required string DataFile { get; init; }

    /// <summary>The item (column) to tabulate.</summary>
    public required string Item { get; init; }

    /// <summary>The grouping column, or null.</summary>
    public string? By { get; init; }

    /// <summary>The second grouping column (needs <see cref="By"/>), or null.</summary>
    public string? ThenBy { get; init; }

    /// <summary>Recode, denominator and decimals of the table.</summary>
    public required FrequencyOptions Options { get; init; }

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

    /// <summary>A --recode name that is none of the built-in ones: a recode of the study, resolved after reading.</summary>
    public string? StudyRecode { get; init; }

    /// <summary>What to print.</summary>
    public OutputFormat Format { get; init; }

    /// <summary>The output file, or null for standard output.</summary>
    public string? Output { get; init; }
}
