using System.CommandLine;
using Analysenotater.Export;
using Analysenotater.Spss;

namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// <c>analysenotater convert-data in out</c>: reads any survey data file (.csv/.tsv/.txt/.xlsx/.sav/.zsav) and
/// writes .csv (<see cref="MicrodataCsvWriter"/>), .xlsx (<see cref="MicrodataXlsxWriter"/>) or .sav/.zsav
/// (<see cref="SpssExport"/>: variable and value labels and user-missing codes from the instrument).
/// </summary>
internal sealed class ConvertDataCommand : CliCommand<ConvertDataSettings>
{
    private static readonly string[] WritableExtensions = [".csv", ".xlsx", ".sav", ".zsav"];

    private readonly Argument<string> _from = DataOptions.DataFile("in", CliTexts.Get("Help.ConvertData.In"));
    private readonly Argument<string> _to = DataOptions.DataFile("out", CliTexts.Get("Help.ConvertData.Out"));
    private readonly DataInputOptions _input = new(missingCodes: true);
    private readonly Option<bool> _force = new("--force") { Description = CliTexts.Get("Help.ConvertData.Force") };

    /// <summary>Declares the arguments and options.</summary>
    public ConvertDataCommand()
        : base("convert-data", CliTexts.Get("Help.ConvertData"))
    {
        Add(_from);
        Add(_to);
        _input.AddTo(this);
        Add(_force);
    }

    /// <inheritdoc />
    protected override ConvertDataSettings Bind(ParseResult parseResult)
    {
        var settings = new ConvertDataSettings(parseResult.GetRequiredValue(_from), parseResult.GetRequiredValue(_to), _input.Bind(parseResult), parseResult.GetValue(_force));
        var (from, to) = (settings.From, settings.To);
        if (!WritableExtensions.Contains(Path.GetExtension(to).ToLowerInvariant()))
        {
            throw new CliUsageException($"{to}: convert-data writes {string.Join(", ", WritableExtensions)}.");
        }

        if (string.Equals(Path.GetFullPath(from), Path.GetFullPath(to), StringComparison.Ordinal))
        {
            throw new CliUsageException(CliTexts.Get("Error.SameFile"));
        }

        if (File.Exists(to) && !settings.Force)
        {
            throw new CliUsageException($"{to} exists; use --force to overwrite it.");
        }

        return settings;
    }

    /// <inheritdoc />
    protected override Task<int> ExecuteAsync(ConvertDataSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        var (from, to) = (settings.From, settings.To);
        var outExt = Path.GetExtension(to).ToLowerInvariant();
        return Task.FromResult(DataCommandErrors.Guard(Name, context, () =>
        {
            var (data, report) = SurveyDataInput.Read(from, settings.Input.Instrument, context, settings.Input.ImportOptions(), settings.Input.Study, settings.Input.Map, settings.Input.Ledger);
            if (SurveyDataInput.ReportIssues(report, settings.Input.Strict, context))
            {
                return 1;
            }

            switch (outExt)
            {
                case ".csv":
                    MicrodataCsvWriter.Write(data, to);
                    break;
                case ".xlsx":
                    MicrodataXlsxWriter.Write(data, to);
                    break;
                default:
                    SpssExport.Write(data, to);
                    break;
            }

            context.Out.WriteLine(CliTexts.Format("ConvertData.Wrote", to, data.RowCount, data.Columns.Count));
            return 0;
        }));
    }
}
