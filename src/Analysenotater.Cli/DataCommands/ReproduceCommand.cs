using System.CommandLine;
using Analysenotater.Instruments;
using Analysenotater.Reporting;
using Analysenotater.KoRus2017.Reproduction;
using Analysenotater.KoRus2017.Synthetic;

namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// <c>analysenotater reproduce [datafile]</c>: reads the data (default: the bundled synthetic KoRus 2017 CSV, found
/// by walking up from the working directory) and prints <see cref="ReproductionReport.Run(Analysenotater.Data.SurveyDataset, Analysenotater.Import.ValidationReport?)"/>: the summary and every
/// difference with its reason; <c>--all</c> adds every row; <c>--format csv</c> gives the full table with invariant numbers.
/// </summary>
internal sealed class ReproduceCommand : CliCommand<DataFileSettings>
{
    private readonly Argument<string> _data = new("datafile")
    {
        Description = CliTexts.Get("Help.Reproduce.DataFile"),
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly DataInputOptions _input = new(missingCodes: false, OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Html, OutputFormat.Csv);
    private readonly Option<bool> _all = new("--all") { Description = CliTexts.Get("Help.Reproduce.All") };

    /// <summary>Declares the argument and options.</summary>
    public ReproduceCommand()
        : base("reproduce", CliTexts.Get("Help.Reproduce"))
    {
        Add(_data);
        _input.AddTo(this);
        Add(_all);
    }

    /// <inheritdoc />
    protected override DataFileSettings Bind(ParseResult parseResult) => new()
    {
        DataFile = parseResult.GetValue(_data),
        Input = _input.Bind(parseResult),
        All = parseResult.GetValue(_all),
    };

    /// <inheritdoc />
    protected override Task<int> ExecuteAsync(DataFileSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        var format = settings.Input.Format;
        var path = settings.DataFile ?? FindBundledData(context);
        return Task.FromResult(DataCommandErrors.Guard(Name, context, () =>
        {
            var (data, report) = SurveyDataInput.Read(path, settings.Input.Instrument, context, settings.Input.ImportOptions(), settings.Input.Study, settings.Input.Map, settings.Input.Ledger);
            if (data.Instrument?.Id != KnownInstruments.KoRus2017.Id)
            {
                context.Error.WriteLine(CliTexts.Format("Error.NotKoRus", path, data.Instrument?.Id ?? CliTexts.Get("Data.NoInstrumentShort")));
                return 2;
            }

            if (SurveyDataInput.ReportIssues(report, settings.Input.Strict, context))
            {
                return 1;
            }

            var result = ReproductionReport.Run(data, report);
            var text = format == OutputFormat.Csv
                ? result.ToCsv()
                : CommandOutput.Render(Document(result, path, settings.All), format);
            CommandOutput.Write(text, settings.Input.Output, context);
            return 0;
        }));
    }

    private static ReportDocument Document(ReproductionReport result, string path, bool all)
    {
        List<ReportPart> parts = [$"Datafil: {path}", result.SummaryTable(), result.DifferencesTable()];
        if (all)
        {
            parts.Add(result.AllRowsTable());
        }

        return new ReportDocument("Publisert mot gjenskapt: KoRus 2017", parts);
    }

    /// <summary>The bundled synthetic KoRus 2017 CSV above the working directory (or above the program), as a path relative to the working directory.</summary>
    /// <exception cref="CliUsageException">No data file was given and none is bundled above the working directory.</exception>
    private static string FindBundledData(CliContext context)
    {
        var relative = Path.Combine("data-samples", "korus-2017", DataSamples.KoRusCsv);
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate))
                {
                    var shown = Path.GetRelativePath(Environment.CurrentDirectory, candidate);
                    context.Error.WriteLine(CliTexts.Format("Reproduce.BundledData", shown));
                    return shown;
                }
            }
        }

        throw new CliUsageException(CliTexts.Format("Error.NoBundledData", relative, Environment.CurrentDirectory));
    }
}
