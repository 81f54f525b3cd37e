using Analysenotater.Reporting;

namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// <c>analysenotater validate &lt;datafile&gt;</c>: reads the file and prints the dataset summary and the validation
/// report (every issue with row, column, value and what was done); with a study (<c>--study</c>, or the instrument's
/// own), which roles, items and derived variables each analysis needs and whether they are present, derived or
/// missing; with <c>--map</c>, the column map. Exit 1 when a needed variable is missing, or with <c>--strict</c> on any error.
/// </summary>
internal sealed class ValidateCommand : ICliCommand
{
    private static readonly string[] ValueOptions = ["--instrument", "--format", "--output", "--study", "--map"];
    private static readonly string[] Flags = ["--strict"];

    public string Name => "validate";

    public string Usage => "validate <datafile.csv|.xlsx|.sav|.zsav> [--instrument korus-2017|ks-psykisk-helse-rus|path.json|auto|none] [--study path.json|korus-2017|auto|none] [--map path.json|path.csv|auto] [--strict] [--format text|markdown|html|csv] [--output file]";

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
            var input = SurveyDataInput.Read(path, a.Value("--instrument"), a.Value("--study"), a.Value("--map"), context);
            var (data, report) = input;
            var table = report.ToReportTable();
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
                summary.Row(ReportCell.FromText("Studie"), ReportCell.FromText(input.Study?.Study.ToString() ?? "ingen (roller etter kolonnenavn)"));
                summary.Row(ReportCell.FromText("Feil"), ReportCell.FromCount(report.Errors.Count()));
                summary.Row(ReportCell.FromText("Merknader"), ReportCell.FromCount(report.Issues.Count - report.Errors.Count()));
                summary.Row(ReportCell.FromText("Rader med feil"), ReportCell.FromCount(input.RowsWithErrors.Count));
                if (input.Study is { } st)
                {
                    summary.Row(ReportCell.FromText("Manglende variabler analysene trenger"), ReportCell.FromCount(st.Requirements.Count(r => r.IsError)));
                }

                List<object> parts = [input.StatusLine, summary.Build()];
                parts.Add(input.CountsByKind());
                parts.Add(input.RowsWithErrorsByGroup());
                if (input.Map is { } map)
                {
                    parts.Add(map.ToReportTable());
                }

                if (input.Study is { } study)
                {
                    parts.AddRange(study.DerivedNotes);
                    parts.Add(study.ToReportTable());
                }

                parts.Add(table);
                text = CommandOutput.Render(new ReportDocument("Importkontroll", parts), format);
            }

            CommandOutput.Write(text, a.Value("--output"), context);
            if (input.Study is { HasMissing: true } missing)
            {
                // Variables the study's analyses need are missing: not a clean bill, whatever --strict says.
                context.Error.WriteLine($"{missing.Requirements.Count(r => r.IsError)} variable(s) the analyses need are missing (see «Hva analysene trenger»).");
                return 1;
            }

            return a.Flag("--strict") && SurveyDataInput.ReportIssues(report, strict: true, context) ? 1 : 0;
        }));
    }
}
