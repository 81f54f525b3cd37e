using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Import;
using Analysenotater.Reporting;

namespace Analysenotater.Studies;

/// <summary>
/// A data file read with its instrument, column map and study (<see cref="SurveyInput.Load"/>). Renders as the import
/// report every notebook opens with: a status line that says whether the input has errors, counts by kind, the
/// first issues, rows with errors per group, the column map and what the analyses need.
/// </summary>
public sealed class SurveyInputResult : Result
{
    /// <summary>Creates the result.</summary>
    public SurveyInputResult(string path, SurveyDataset dataset, ValidationReport report, ColumnMapResult? map, StudyApplication? study, IReadOnlyList<string> notes)
    {
        Path = path;
        Dataset = dataset;
        Report = report;
        Map = map;
        Study = study;
        Notes = notes;
    }

    /// <summary>The data file (full path).</summary>
    public string Path { get; }

    /// <summary>The dataset: roles, labels and derived variables set; bad cells empty.</summary>
    public SurveyDataset Dataset { get; }

    /// <summary>Every import, derivation and missing-variable issue.</summary>
    public ValidationReport Report { get; }

    /// <summary>The column map used, or null (headers were item ids).</summary>
    public ColumnMapResult? Map { get; }

    /// <summary>The study applied, or null.</summary>
    public StudyApplication? Study { get; }

    /// <summary>How the instrument was chosen.</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <summary>True when the input has at least one error.</summary>
    public bool HasErrors => Report.HasErrors;

    /// <summary>The number of errors.</summary>
    public int ErrorCount => Report.Errors.Count();

    /// <summary>The rows (0-based) with at least one error.</summary>
    public IReadOnlySet<int> RowsWithErrors => Report.Errors.Where(i => i.Row is >= 2).Select(i => i.Row!.Value - 2).Where(r => r < Dataset.RowCount).ToHashSet();

    /// <summary>One sentence for the top of a notebook: clean, or how many errors and where they are listed.</summary>
    public string StatusLine
    {
        get
        {
            var file = System.IO.Path.GetFileName(Path);
            var n = SurveyInput.Count(Dataset.RowCount);
            if (!HasErrors)
            {
                return $"Inndata: {file}, {n} respondenter, ingen feil.";
            }

            var rows = RowsWithErrors.Count;
            var missing = Report.OfKind(ImportIssueKind.MissingVariable).Count();
            return $"⚠ INNDATA HAR FEIL: {file}, {n} respondenter, {SurveyInput.Count(ErrorCount)} feil i {SurveyInput.Count(rows)} rader"
                + (missing > 0 ? $", {missing} variabler som analysene trenger mangler" : "")
                + ". Celler med feil er lest som ubesvart; se importrapporten under før du bruker tallene.";
        }
    }

    /// <summary>Issues counted by kind.</summary>
    public ReportTable CountsByKind()
    {
        var b = new ReportTableBuilder("Problemer etter type", "Type", "Feil eller merknad", "Antall");
        foreach (var g in Report.Issues.GroupBy(i => i.Kind).OrderBy(g => g.Key))
        {
            b.Row(ReportCell.FromText(Localization.Messages.Name(g.Key)), ReportCell.FromText(g.First().IsError ? "feil" : "merknad"), ReportCell.FromCount(g.Count()));
        }

        b.Note(Report.Issues.Count == 0 ? "Ingen problemer funnet." : $"{ErrorCount} feil og {Report.Issues.Count - ErrorCount} merknader i alt.");
        return b.Build();
    }

    /// <summary>The first <paramref name="count"/> issues (file, row, column, value, what was done).</summary>
    public ReportTable FirstIssues(int count = 10)
    {
        var b = new ReportTableBuilder($"De første {count} problemene", "Type", "Rad", "Kolonne", "Verdi", "Beskrivelse");
        foreach (var i in Report.Issues.Take(count))
        {
            b.Row(ReportCell.FromText((i.IsError ? "Feil: " : "Merk: ") + Localization.Messages.Name(i.Kind)), i.Row is { } r ? ReportCell.FromCount(r) : ReportCell.Empty,
                ReportCell.FromText(i.Column), ReportCell.FromText(i.Value), ReportCell.FromText(i.Detail));
        }

        if (Report.Issues.Count > count)
        {
            b.Note($"… og {Report.Issues.Count - count} til (hele listen: Report).");
        }

        return b.Build();
    }

    /// <summary>
    /// Rows with at least one error per group of <paramref name="groupBy"/> (default the stratum role): how many
    /// respondents each group has and how many of them lost a cell to an error — so a group that shrinks is seen.
    /// Counts per group pass the disclosure gate (<see cref="AnalysisContext.Default"/>, with secondary suppression
    /// against the file's total): a group below the means threshold shows «*» for n, errors and share; a group below
    /// the distribution threshold shows n only.
    /// </summary>
    public ReportTable RowsWithErrorsByGroup(string? groupBy = null)
    {
        groupBy ??= Dataset.Roles.StratumColumn;
        var title = $"Rader med feil etter {(groupBy is null ? "gruppe" : Dataset.Labels.VariableInText(groupBy))}";
        var b = new ReportTableBuilder(title, "Gruppe", "Respondenter", "Rader med feil", "Andel med feil (%)");
        if (groupBy is null || !Dataset.HasColumn(groupBy))
        {
            b.Row(ReportCell.FromText("Alle"), ReportCell.FromCount(Dataset.RowCount), ReportCell.FromCount(RowsWithErrors.Count),
                ReportCell.FromPercent(Dataset.RowCount == 0 ? double.NaN : 100.0 * RowsWithErrors.Count / Dataset.RowCount, 1));
            b.Note("Ingen grupperingsvariabel (stratum) i data.");
            return b.Build();
        }

        var col = Dataset[groupBy];
        var labels = Dataset.Roles.LabelsOf(groupBy);
        var bad = RowsWithErrors;
        var groups = Enumerable.Range(0, Dataset.RowCount).GroupBy(i => col.IsEmpty(i) ? "(uoppgitt)" : col.FormatInvariant(i)).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var levels = ErrorRowLevels(groups.Select(g => new[] { g.Count(r => !bad.Contains(r)), g.Count(bad.Contains) }).ToList(), groups.Select(g => g.Key).ToList());
        for (var gi = 0; gi < groups.Count; gi++)
        {
            var g = groups[gi];
            var label = labels is not null && int.TryParse(g.Key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) && labels.TryGetValue(code, out var l) ? $"{l} ({g.Key})" : g.Key;
            var n = g.Count();
            var e = g.Count(bad.Contains);
            b.Row(ReportCell.FromText(label),
                levels[gi] >= DisclosureLevel.MeansOnly ? ReportCell.FromCount(n) : ReportCell.Suppressed,
                levels[gi] == DisclosureLevel.Full ? ReportCell.FromCount(e) : ReportCell.Suppressed,
                levels[gi] == DisclosureLevel.Full ? ReportCell.FromPercent(100.0 * e / n, 1) : ReportCell.Suppressed);
        }

        if (levels.Any(l => l != DisclosureLevel.Full))
        {
            b.Note($"* Skjult etter personvernregelen ({AnalysisContext.Default.Disclosure.Description}): grupper med for få respondenter, og grupper som ellers ville gitt dem ved subtraksjon fra totalen.");
        }

        b.Note("En rad med feil har minst én celle som ble lest som ubesvart; den teller ikke i analysene av den cellen.");
        return b.Build();
    }

    /// <summary>
    /// The disclosure tier of each group of <see cref="RowsWithErrorsByGroup"/>, decided as one released table
    /// (<see cref="GroupSuppression"/> under the default policy): the file's total and its rows with errors are
    /// printed elsewhere in the report, so a group's n and error count must not be derivable from them either.
    /// </summary>
    /// <param name="counts">Per group: rows without and with an error.</param>
    /// <param name="names">The group keys.</param>
    private static DisclosureLevel[] ErrorRowLevels(IReadOnlyList<int[]> counts, IReadOnlyList<string> names)
    {
        var blocks = new List<SuppressionBlock> { new(Tables.GroupLabels.Total, [.. Enumerable.Range(0, counts.Count)], BlockRole.Total) };
        blocks.AddRange(Enumerable.Range(0, counts.Count).Select(g => new SuppressionBlock(names[g], [g], BlockRole.Group)));
        var (levels, _) = GroupSuppression.Decide(AnalysisContext.Default.Disclosure, counts, [true, true], [[1, 1]], blocks);
        return [.. levels.Skip(1)];
    }

    /// <summary>The whole report as a document.</summary>
    public override ReportDocument Summary()
    {
        var parts = new List<ReportPart> { StatusLine };
        parts.AddRange(Notes.Select(n => (ReportPart)n));
        parts.Add(Dataset.ToString());
        parts.Add(CountsByKind());
        if (Report.Issues.Count > 0)
        {
            parts.Add(FirstIssues());
        }

        parts.Add(RowsWithErrorsByGroup());
        if (Map is not null)
        {
            parts.Add(Map.Summary());
        }

        if (Study is not null)
        {
            parts.AddRange(Study.DerivedNotes.Select(n => (ReportPart)n));
            parts.Add(Study.Summary());
        }

        // A file with errors says so in the title, the first line a notebook shows; the status line under it gives the counts.
        var file = System.IO.Path.GetFileName(Path);
        return new ReportDocument(HasErrors ? $"⚠ INNDATA HAR FEIL – importrapport: {file}" : $"Importrapport: {file}", parts);
    }

    /// <summary>Deconstructs into the dataset and the report (as <see cref="ImportResult"/> does).</summary>
    public void Deconstruct(out SurveyDataset dataset, out ValidationReport report)
    {
        dataset = Dataset;
        report = Report;
    }
}
