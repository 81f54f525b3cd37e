using System.CommandLine;
using Analysenotater.Reporting;

namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// <c>analysenotater validate &lt;datafile&gt;</c>: reads the file and prints the dataset summary and the validation
/// report (every issue with row, column, value and what was done). Exit 1 with <c>--strict</c> when there is an error.
/// </summary>
internal sealed class ValidateCommand : CliCommand<DataFileSettings>
{
    private readonly Argument<string> _data = DataOptions.DataFile("datafile", "The survey data file (.csv, .tsv, .txt, .xlsx, .sav, .zsav).");
    private readonly Option<string> _instrument = DataOptions.Instrument();
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
            var (data, report) = SurveyDataInput.Read(path, settings.Instrument, context, DataOptions.ImportOptionsFrom(settings.Missing, settings.Codebook));
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

            CommandOutput.Write(text, settings.Output, context);
            return settings.Strict && SurveyDataInput.ReportIssues(report, strict: true, context) ? 1 : 0;
        }));
    }
}
