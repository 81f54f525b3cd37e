namespace Analysenotater.Reports.Content;

/// <summary>
/// The title block of a report. Read from the notebook metadata <c>analysenotater.report</c> (keys <c>title</c>,
/// <c>data_source</c>, <c>instrument</c>, <c>date</c>, <c>disclosure</c>, <c>slides</c>), else: the first level-1
/// heading, the data file(s) of the parameters cell, today's date, and the library's default disclosure rule.
/// </summary>
public sealed record ReportMetadata
{
    /// <summary>The report's title.</summary>
    public required string Title { get; init; }

    /// <summary>Where the data come from (file names or a description), or null.</summary>
    public string? DataSource { get; init; }

    /// <summary>The instrument and its version, or null.</summary>
    public string? Instrument { get; init; }

    /// <summary>The report date as printed.</summary>
    public required string Date { get; init; }

    /// <summary>The disclosure rules applied, in words.</summary>
    public required string Disclosure { get; init; }

    /// <summary>Whether the report is also written as slides (.pptx).</summary>
    public bool Slides { get; init; }
}
