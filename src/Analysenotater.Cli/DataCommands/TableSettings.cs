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

    /// <summary>The shared data options (<see cref="DataInputOptions"/>).</summary>
    public required DataInputSettings Input { get; init; }

    /// <summary>A --recode name that is none of the built-in ones: a recode of the study, resolved after reading.</summary>
    public string? StudyRecode { get; init; }
}
