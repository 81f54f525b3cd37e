using Analysenotater.Reporting;

namespace Analysenotater.Import;

/// <summary>Every problem an import found, in file order. Empty when the file was clean. Renders as a table.</summary>
public sealed class ValidationReport : Result
{
    /// <summary>Creates a report over issues.</summary>
    public ValidationReport(string file, IReadOnlyList<ImportIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        File = file ?? "";
        Issues = issues;
    }

    /// <summary>The file the report is about.</summary>
    public string File { get; }

    /// <summary>Every issue, errors and warnings, in the order found.</summary>
    public IReadOnlyList<ImportIssue> Issues { get; }

    /// <summary>The issues that are errors (a bad cell kept empty, a ragged row …).</summary>
    public IEnumerable<ImportIssue> Errors => Issues.Where(i => i.IsError);

    /// <summary>True when no issue at all was found.</summary>
    public bool IsClean => Issues.Count == 0;

    /// <summary>True when at least one issue is an error.</summary>
    public bool HasErrors => Issues.Any(i => i.IsError);

    /// <summary>The issues of one kind.</summary>
    public IEnumerable<ImportIssue> OfKind(ImportIssueKind kind) => Issues.Where(i => i.Kind == kind);

    /// <summary>The report as a table (kind, row, column, value, detail).</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder($"Importkontroll: {File}", "Type", "Rad", "Kolonne", "Verdi", "Beskrivelse");
        foreach (var i in Issues)
        {
            b.Row(ReportCell.FromText((i.IsError ? "Feil: " : "Merk: ") + Localization.Messages.Name(i.Kind)),
                i.Row is { } r ? ReportCell.FromCount(r) : ReportCell.Empty,
                ReportCell.FromText(i.Column), ReportCell.FromText(i.Value), ReportCell.FromText(i.Detail));
        }

        b.Note(Issues.Count == 0
            ? "Ingen problemer funnet."
            : $"{Errors.Count()} feil og {Issues.Count - Errors.Count()} merknader. Celler med feil er importert som tomme (ingen svar).");
        return b.Build();
    }
}
