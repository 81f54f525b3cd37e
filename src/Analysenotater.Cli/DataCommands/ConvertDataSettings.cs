namespace Analysenotater.Cli.DataCommands;

/// <summary>The settings of <c>analysenotater convert-data</c>.</summary>
/// <param name="From">The file to read.</param>
/// <param name="To">The file to write (.csv, .xlsx, .sav, .zsav).</param>
/// <param name="Instrument">The <c>--instrument</c> value, or null (auto).</param>
/// <param name="Strict">Stop on import errors.</param>
/// <param name="Force">Overwrite <paramref name="To"/>.</param>
internal sealed record ConvertDataSettings(string From, string To, string? Instrument, bool Strict, bool Force)
{
    /// <summary>The <c>--missing</c> values (code=label).</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>The <c>--codebook</c> file, or null.</summary>
    public string? Codebook { get; init; }

    /// <summary>The <c>--study</c> value, or null (auto).</summary>
    public string? Study { get; init; }

    /// <summary>The <c>--map</c> value, or null (headers are item ids).</summary>
    public string? Map { get; init; }
}
