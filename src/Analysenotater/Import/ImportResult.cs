using Analysenotater.Data;
using Analysenotater.Reporting;

namespace Analysenotater.Import;

/// <summary>The outcome of an import: the dataset and the report of every problem found. Renders as the dataset's
/// one-line description followed by the report.</summary>
/// <param name="dataset">The imported respondents × variables; bad cells are empty (no answer).</param>
/// <param name="report">Every unknown column, unparseable value, out-of-range code, encoding problem and ragged row.</param>
public sealed class ImportResult(SurveyDataset dataset, ValidationReport report) : Result
{
    /// <summary>The imported respondents × variables; bad cells are empty (no answer).</summary>
    public SurveyDataset Dataset { get; } = dataset;

    /// <summary>Every unknown column, unparseable value, out-of-range code, encoding problem and ragged row.</summary>
    public ValidationReport Report { get; } = report;

    /// <inheritdoc />
    public override IReadOnlyList<string> Notes => Report.Notes;

    /// <summary>Splits into dataset and report: <c>var (data, report) = CsvImport.Read(...)</c>.</summary>
    public void Deconstruct(out SurveyDataset dataset, out ValidationReport report)
    {
        dataset = Dataset;
        report = Report;
    }

    /// <inheritdoc />
    public override ReportDocument Summary() => new("", [Dataset.ToString(), Report.Summary()]);
}
