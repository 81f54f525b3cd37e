using Analysenotater.Reporting;

namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// <c>analysenotater validate &lt;datafile&gt;</c>: reads the file and prints the dataset summary and the validation
/// report (every issue with row, column, value and what was done). Exit 1 with <c>--strict</c> when there is an error.
/// </summary>
internal sealed class ValidateCommand : ICliCommand
{
    private static readonly string[] ValueOptions = ["--instrument", "--format", "--output"];
    private static readonly string[] Flags = ["--strict"];

    public string Name => "validate";

    public string Usage => "validate <datafile.csv|.xlsx|.sav|.zsav> [--instrument korus-2017|ks-psykisk-helse-rus|path.json|auto|none] [--strict] [--format text|markdown|html|csv] [--output file]";

    public string Summary => "Reads a survey data file and prints the dataset summary and every validation issue (file, row, column, value); --strict exits 1 on errors.";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken)
    {
        var a = DataArguments.Parse(args, ValueOptions, Flags);
        if (a.Positional.Count != 1)
        {
            throw new CliUsageException("validate needs exactly one data file.");
        }

        var format = CommandOutput.ParseFormat(a.Value("--format"), OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Html, OutputFormat.Csv);
        var path = a.Positional[0];
        return Task.FromResult(DataCommandErrors.Guard(Name, context, () =>
        {
            var (data, report) = SurveyDataInput.Read(path, a.Value("--instrument"), context);
            var table = report.Summary();
            string text;
            if (format == OutputFormat.Csv)
            {
                text = table.ToCsv();
            }
            else
            {
                var summary = new ReportTableBuilder($"Datasett: {path}", "Mål", "Verdi");
                summary.Row(ReportCell.FromText("Respondenter (rader)"), ReportCell.FromCount(data.RowCount));
                summary.Row(ReportCell.FromText("Variabler (kolonner)"), ReportCell.FromCount(data.Columns.Count));
                summary.Row(ReportCell.FromText("Instrument"), ReportCell.FromText(data.Instrument?.ToString() ?? "ingen (kolonner lest etter innhold)"));
                summary.Row(ReportCell.FromText("Feil"), ReportCell.FromCount(report.Errors.Count()));
                summary.Row(ReportCell.FromText("Merknader"), ReportCell.FromCount(report.Issues.Count - report.Errors.Count()));
                text = CommandOutput.Render(new ReportDocument("Importkontroll", [summary.Build(), table]), format);
            }

            CommandOutput.Write(text, a.Value("--output"), context);
            return a.Flag("--strict") && SurveyDataInput.ReportIssues(report, strict: true, context) ? 1 : 0;
        }));
    }
}
