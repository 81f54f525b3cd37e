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
    private readonly Argument<string> _data = DataOptions.DataFile("datafile", "The survey data file (.csv, .tsv, .txt, .xlsx, .sav, .zsav).");
    private readonly Option<string> _instrument = DataOptions.Instrument();
    private readonly Option<string> _study = DataOptions.Study();
    private readonly Option<string> _map = DataOptions.Map();
    private readonly Option<string[]> _missing = DataOptions.Missing();
    private readonly Option<string> _codebook = DataOptions.Codebook();
    private readonly Option<bool> _strict = DataOptions.Strict();
    private readonly Option<OutputFormat> _format = DataOptions.Format(OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Html, OutputFormat.Csv);
    private readonly Option<string> _output = DataOptions.OutputFile();

    /// <summary>Declares the argument and options.</summary>
    public ValidateCommand()
        : base("validate", "Reads a survey data file and prints the dataset summary and every validation issue (file, row, column, value); --strict exits 1 on errors.")
    {
        Add(_data);
        Add(_instrument);
        Add(_study);
        Add(_map);
        Add(_missing);
        Add(_codebook);
        Add(_strict);
        Add(_format);
        Add(_output);
    }

    /// <inheritdoc />
    protected override DataFileSettings Bind(ParseResult parseResult) => new()
    {
        DataFile = parseResult.GetRequiredValue(_data),
        Instrument = parseResult.GetValue(_instrument),
        Study = parseResult.GetValue(_study),
        Map = parseResult.GetValue(_map),
        Missing = parseResult.GetValue(_missing) ?? [],
        Codebook = parseResult.GetValue(_codebook),
        Strict = parseResult.GetValue(_strict),
        Format = parseResult.GetValue(_format),
        Output = parseResult.GetValue(_output),
    };

    /// <inheritdoc />
    protected override Task<int> ExecuteAsync(DataFileSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        var (path, format) = (settings.DataFile!, settings.Format);
        return Task.FromResult(DataCommandErrors.Guard(Name, context, () =>
        {
            var input = SurveyDataInput.Read(path, settings.Instrument, context, DataOptions.ImportOptionsFrom(settings.Missing, settings.Codebook), settings.Study, settings.Map);
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

            CommandOutput.Write(text, settings.Output, context);
            if (input.Study is { HasMissing: true } missing)
            {
                // Variables the study's analyses need are missing: not a clean bill, whatever --strict says.
                context.Error.WriteLine($"{missing.Requirements.Count(r => r.IsError)} variable(s) the analyses need are missing (see «Hva analysene trenger»).");
                return 1;
            }

            return settings.Strict && SurveyDataInput.ReportIssues(report, strict: true, context) ? 1 : 0;
        }));
    }
}
