using Analysenotater.Data;
using Analysenotater.Reporting;

namespace Analysenotater.Import;

/// <summary>The outcome of an import: the dataset and the report of every problem found. Renders as the report.</summary>
/// <param name="Dataset">The imported respondents × variables; bad cells are empty (no answer).</param>
/// <param name="Report">Every unknown column, unparseable value, out-of-range code, encoding problem and ragged row.</param>
public sealed record ImportResult(SurveyDataset Dataset, ValidationReport Report) : IRenderable
{
    /// <inheritdoc />
    public string ToText() => Dataset + "\n" + Report.ToText();

    /// <inheritdoc />
    public string ToMarkdown() => Dataset + "\n\n" + Report.ToMarkdown();

    /// <inheritdoc />
    public string ToHtml() => "<p>" + System.Net.WebUtility.HtmlEncode(Dataset.ToString()) + "</p>" + Report.ToHtml();
}
