using Analysenotater.Instruments;
using Analysenotater.Reporting;
using Analysenotater.KoRus2017.Reproduction;
using Analysenotater.KoRus2017.Synthetic;

namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// <c>analysenotater reproduce [datafile]</c>: reads the data (default: the bundled synthetic KoRus 2017 CSV, found
/// by walking up from the working directory) and prints <see cref="ReproductionReport.Run"/>: the summary and every
/// difference with its reason; <c>--all</c> adds every row; <c>--format csv</c> gives the full table with invariant numbers.
/// </summary>
internal sealed class ReproduceCommand : ICliCommand
{
    private static readonly string[] ValueOptions = ["--instrument", "--format", "--output", "--study", "--map"];
    private static readonly string[] Flags = ["--all", "--strict"];

    public string Name => "reproduce";

    public string Usage => "reproduce [datafile.csv|.xlsx|.sav|.zsav] [--instrument auto|korus-2017|path.json] [--study path.json|auto|none] [--map path|auto] [--format text|markdown|html|csv] [--all] [--strict] [--output file]";

    public string Summary => "Recomputes every published KoRus 2017 number from the data and prints published vs reproduced, with the reason for each difference.";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken)
    {
        var a = DataArguments.Parse(args, ValueOptions, Flags);
        if (a.Positional.Count > 1)
        {
            throw new CliUsageException("reproduce takes at most one data file.");
        }

        var format = CommandOutput.ParseFormat(a.Value("--format"), OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Html, OutputFormat.Csv);
        var path = a.Positional.Count == 1 ? a.Positional[0] : FindBundledData(context);
        return Task.FromResult(DataCommandErrors.Guard(Name, context, () =>
        {
            var (data, report) = SurveyDataInput.Read(path, a.Value("--instrument"), a.Value("--study"), a.Value("--map"), context);
            if (data.Instrument?.Id != KnownInstruments.KoRus2017.Id)
            {
                context.Error.WriteLine($"analysenotater reproduce: {path} is not KoRus 2017 data (instrument: {data.Instrument?.Id ?? "none"}); "
                    + "the report recomputes the published KoRus 2017 numbers and needs the KoRus item columns (or --instrument korus-2017).");
                return 2;
            }

            if (SurveyDataInput.ReportIssues(report, a.Flag("--strict"), context))
            {
                return 1;
            }

            var result = ReproductionReport.Run(data);
            var text = format == OutputFormat.Csv
                ? result.ToCsv()
                : CommandOutput.Render(Document(result, path, a.Flag("--all")), format);
            CommandOutput.Write(text, a.Value("--output"), context);
            return 0;
        }));
    }

    private static ReportDocument Document(ReproductionReport result, string path, bool all)
    {
        List<object> parts = [$"Datafil: {path}", result.SummaryTable(), result.DifferencesTable()];
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
                    context.Error.WriteLine($"no data file given; using the bundled synthetic data {shown}");
                    return shown;
                }
            }
        }

        throw new CliUsageException($"no data file given and {relative} was not found above {Environment.CurrentDirectory}.");
    }
}
