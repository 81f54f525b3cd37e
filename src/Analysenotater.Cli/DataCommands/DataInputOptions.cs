using System.CommandLine;

namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// The option set the data commands share, declared once: <c>--instrument</c>, <c>--study</c>, <c>--map</c>,
/// optionally <c>--missing</c> and <c>--codebook</c>, <c>--strict</c>, <c>--ledger</c>, and optionally <c>--format</c> and
/// <c>--output</c>. <see cref="AddTo"/> puts them on a command; <see cref="Bind"/> reads them into a <see cref="DataInputSettings"/>.
/// Each instance owns its own option objects (one instance per command).
/// </summary>
internal sealed class DataInputOptions
{
    private readonly Option<string> _instrument = DataOptions.Instrument();
    private readonly Option<string> _study = DataOptions.Study();
    private readonly Option<string> _map = DataOptions.Map();
    private readonly Option<string[]>? _missing;
    private readonly Option<string>? _codebook;
    private readonly Option<bool> _strict = DataOptions.Strict();
    private readonly Option<string> _ledger = DataOptions.Ledger();
    private readonly Option<OutputFormat>? _format;
    private readonly Option<string>? _output;

    /// <summary>Creates the option set.</summary>
    /// <param name="missingCodes">Offer <c>--missing</c> and <c>--codebook</c> (files without a shipped instrument).</param>
    /// <param name="formats">The <c>--format</c> choices; none means the command has neither <c>--format</c> nor <c>--output</c>.</param>
    public DataInputOptions(bool missingCodes, params OutputFormat[] formats)
    {
        if (missingCodes)
        {
            _missing = DataOptions.Missing();
            _codebook = DataOptions.Codebook();
        }

        if (formats.Length > 0)
        {
            _format = DataOptions.Format(formats);
            _output = DataOptions.OutputFile();
        }
    }

    /// <summary>Adds the options to <paramref name="command"/>, in help order.</summary>
    /// <param name="command">The data command.</param>
    public void AddTo(Command command)
    {
        Option?[] options = [_instrument, _study, _map, _missing, _codebook, _strict, _ledger, _format, _output];
        foreach (var option in options.OfType<Option>())
        {
            command.Add(option);
        }
    }

    /// <summary>Whether <c>--study</c> was given.</summary>
    /// <param name="parseResult">The parse result of the command.</param>
    /// <returns>True when the command line names a study.</returns>
    public bool HasStudy(ParseResult parseResult) => parseResult.GetValue(_study) is not null;

    /// <summary>Reads the option values.</summary>
    /// <param name="parseResult">The parse result of the command these options were added to.</param>
    /// <returns>The values; options the command does not offer get their defaults.</returns>
    public DataInputSettings Bind(ParseResult parseResult) => new()
    {
        Instrument = parseResult.GetValue(_instrument),
        Study = parseResult.GetValue(_study),
        Map = parseResult.GetValue(_map),
        Missing = (_missing is null ? null : parseResult.GetValue(_missing)) ?? [],
        Codebook = _codebook is null ? null : parseResult.GetValue(_codebook),
        Strict = parseResult.GetValue(_strict),
        Ledger = parseResult.GetValue(_ledger),
        Format = _format is null ? OutputFormat.Text : parseResult.GetValue(_format),
        Output = _output is null ? null : parseResult.GetValue(_output),
    };
}
