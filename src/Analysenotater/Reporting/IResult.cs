namespace Analysenotater.Reporting;

/// <summary>
/// The contract of every result the library returns (frequency tables, scores, estimates, models, weighting and text
/// results): notes for the reader and a <see cref="Summary"/> that is the one renderable; text, Markdown and HTML are
/// the summary's. Derive from <see cref="Result"/>, which writes the rendering once. Estimates and models add
/// <see cref="Statistics.Results.IEstimationResult"/>.
/// </summary>
public interface IResult : IRenderable
{
    /// <summary>Notes for the reader: method, missing-value handling, reference categories, suppression (bokmål).</summary>
    IReadOnlyList<string> Notes { get; }

    /// <summary>The result for people: a table or a document of tables and paragraphs.</summary>
    ReportPart Summary();
}
