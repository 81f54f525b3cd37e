namespace Analysenotater.Import;

/// <summary>Thrown by an import in strict mode (<see cref="ImportOptions.Strict"/>) when the file has errors; the message is the issues' messages.</summary>
public sealed class SurveyImportException : Exception
{
    /// <summary>Creates the exception from the error issues.</summary>
    public SurveyImportException(IReadOnlyList<ImportIssue> issues)
        : base(string.Join(Environment.NewLine, (issues ?? []).Select(i => i.Message)))
    {
        Issues = issues ?? [];
    }

    /// <summary>The errors that made the import fail.</summary>
    public IReadOnlyList<ImportIssue> Issues { get; }
}
