using Analysenotater.Data;
using Analysenotater.Import;
using Analysenotater.Reporting;

namespace Analysenotater.Studies;

/// <summary>
/// A dataset after a study was applied: role columns and labels set, derived variables computed, and for every
/// analysis the study checks, which roles, items and derived variables are present, derived or missing. Renders as
/// the requirements table.
/// </summary>
public sealed class StudyApplication : Result
{
    /// <summary>Creates the result.</summary>
    public StudyApplication(SurveyDataset dataset, StudyDescription study, IReadOnlyList<VariableStatus> requirements, IReadOnlyList<ImportIssue> issues, IReadOnlyList<string> derivedNotes)
    {
        Dataset = dataset;
        Study = study;
        Requirements = requirements;
        Issues = issues;
        DerivedNotes = derivedNotes;
    }

    /// <summary>The dataset with roles, labels and derived columns.</summary>
    public SurveyDataset Dataset { get; }

    /// <summary>The study applied.</summary>
    public StudyDescription Study { get; }

    /// <summary>Every needed variable per analysis.</summary>
    public IReadOnlyList<VariableStatus> Requirements { get; }

    /// <summary>Problems found while deriving and checking (unknown municipality, missing variable …), with row and value.</summary>
    public IReadOnlyList<ImportIssue> Issues { get; }

    /// <summary>One line per derived variable: computed or taken from the file.</summary>
    public IReadOnlyList<string> DerivedNotes { get; }

    /// <summary>The needed variables that are missing (errors and warnings).</summary>
    public IReadOnlyList<VariableStatus> Missing => [.. Requirements.Where(r => r.State == VariableState.Missing)];

    /// <summary>True when an analysis that is not optional lacks a variable.</summary>
    public bool HasMissing => Requirements.Any(r => r.IsError);

    /// <summary>The requirements as a table: analysis, kind, variable, state, detail.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder($"Hva analysene trenger ({Study.Id})", "Analyse", "Type", "Variabel", "Status", "Hvordan");
        foreach (var r in Requirements)
        {
            b.Row(ReportCell.FromText(r.Analysis), ReportCell.FromText(r.Kind), ReportCell.FromText(r.Name),
                ReportCell.FromText(r.State switch { VariableState.Present => "finnes", VariableState.Derived => "avledet", _ => r.IsError ? "MANGLER (feil)" : "mangler (valgfri)" }),
                ReportCell.FromText(r.Detail));
        }

        var missing = Requirements.Count(r => r.IsError);
        b.Note(missing == 0
            ? $"Alle {Requirements.Count} variabler analysene trenger finnes eller er avledet."
            : $"{missing} variabler mangler: analysene som trenger dem kan ikke kjøres på denne fila.");
        return b.Build();
    }
}
