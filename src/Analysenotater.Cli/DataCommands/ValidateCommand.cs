using System.CommandLine;
using Analysenotater.Reporting;

namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// <c>analysenotater validate &lt;datafile&gt;</c>: reads the file and prints the dataset summary and the validation
/// report (every issue with row, column, value and what was done); with a study (<c>--study</c>, or the instrument's
/// own), which roles, items and derived variables each analysis needs and whether they are present, derived or
/// missing; with <c>--map</c>, the column map. Exit 1 when a needed variable is missing, or with <c>--strict</c> on any error.
/// </summary>
internal sealed class ValidateCommand : CliCommand<DataFileSettings>
{
    private readonly Argument<string> _data = DataOptions.DataFile("datafile", CliTexts.Get("Help.DataFile"));
    private readonly DataInputOptions _input = new(missingCodes: true, OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Html, OutputFormat.Csv);

    /// <summary>Declares the argument and options.</summary>
    public ValidateCommand()
        : base("validate", CliTexts.Get("Help.Validate"))
    {
        Add(_data);
        _input.AddTo(this);
    }

    /// <inheritdoc />
    protected override DataFileSettings Bind(ParseResult parseResult) => new()
    {
        DataFile = parseResult.GetRequiredValue(_data),
        Input = _input.Bind(parseResult),
    };

    /// <inheritdoc />
    protected override Task<int> ExecuteAsync(DataFileSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        var (path, format) = (settings.DataFile!, settings.Input.Format);
        return Task.FromResult(DataCommandErrors.Guard(Name, context, () =>
        {
            var input = SurveyDataInput.Read(path, settings.Input.Instrument, context, settings.Input.ImportOptions(), settings.Input.Study, settings.Input.Map, settings.Input.Ledger);
            var (data, report) = input;
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
                summary.Row(ReportCell.FromText("Studie"), ReportCell.FromText(input.Study?.Study.ToString() ?? "ingen (roller etter kolonnenavn)"));
                summary.Row(ReportCell.FromText("Feil"), ReportCell.FromCount(report.Errors.Count()));
                summary.Row(ReportCell.FromText("Merknader"), ReportCell.FromCount(report.Issues.Count - report.Errors.Count()));
                summary.Row(ReportCell.FromText("Rader med feil"), ReportCell.FromCount(input.RowsWithErrors.Count));
                if (input.Study is { } st)
                {
                    summary.Row(ReportCell.FromText("Manglende variabler analysene trenger"), ReportCell.FromCount(st.Requirements.Count(r => r.IsError)));
                }

                List<ReportPart> parts = [input.StatusLine, summary.Build(), input.CountsByKind(), input.RowsWithErrorsByGroup()];
                if (input.Map is { } map)
                {
                    parts.Add(map.Summary());
                }

                if (input.Study is { } study)
                {
                    parts.AddRange(study.DerivedNotes.Select(n => (ReportPart)n));
                    parts.Add(study.Summary());
                }

                parts.Add(table);
                text = CommandOutput.Render(new ReportDocument("Importkontroll", parts), format);
            }

            CommandOutput.Write(text, settings.Input.Output, context);
            if (input.Study is { HasMissing: true } missing)
            {
                // Variables the study's analyses need are missing: not a clean bill, whatever --strict says.
                context.Error.WriteLine(CliTexts.Format("Validate.MissingVariables", missing.Requirements.Count(r => r.IsError)));
                return 1;
            }

            return settings.Input.Strict && SurveyDataInput.ReportIssues(report, strict: true, context) ? 1 : 0;
        }));
    }
}
