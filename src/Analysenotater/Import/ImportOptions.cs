using System.Text;
using Analysenotater.Data;

namespace Analysenotater.Import;

/// <summary>How to read a survey data file. The defaults detect delimiter and encoding and report (not throw) problems.</summary>
public sealed record ImportOptions
{
    /// <summary>The defaults.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>The CSV delimiter; null (default) detects comma, semicolon or tab from the header line.</summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// The text encoding of a CSV file; null (default) reads UTF-8 (with or without BOM) and falls back to
    /// Windows-1252 when the bytes are not valid UTF-8 (reported as <see cref="ImportIssueKind.EncodingGuess"/>).
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>True to throw <see cref="SurveyImportException"/> when the report has any error.</summary>
    public bool Strict { get; init; }

    /// <summary>The .xlsx sheet to read; null reads the first sheet.</summary>
    public string? SheetName { get; init; }

    /// <summary>True (default) to accept answer labels (matched trimmed and case-insensitively against the scale) as well as codes.</summary>
    public bool AcceptLabels { get; init; } = true;

    /// <summary>Maps file headers to item ids when they differ (for example <c>{"Spm9": "q9"}</c>); other headers match item ids case-insensitively.</summary>
    public IReadOnlyDictionary<string, string>? ColumnMap { get; init; }

    /// <summary>The respondent-level columns (municipality, size group, gender, age, weight).</summary>
    public DatasetRoles Roles { get; init; } = DatasetRoles.Default;

    /// <summary>
    /// Codes that are not valid answers in a file without a shipped instrument (for example <c>MissingCode.Parse("6=ikke aktuelt")</c>).
    /// With no instrument given, each coded column (whole numbers, at most 20 distinct codes besides the missing ones, or
    /// named in the <see cref="Codebook"/>; not the municipality, age or weight role) then gets a scale on which these
    /// codes are missing (excluded from alpha, scores and design estimates, shown with their label in frequency tables).
    /// Ignored when an instrument is given.
    /// </summary>
    public IReadOnlyList<MissingCode> MissingCodes { get; init; } = [];

    /// <summary>Value labels and missing codes per variable (<see cref="Import.Codebook.FromCsv"/> or <see cref="Import.Codebook.FromSpss(string)"/>) for a file without a shipped instrument. Ignored when an instrument is given.</summary>
    public Codebook? Codebook { get; init; }

    /// <summary>Headers of extra respondent columns that are expected (for example a respondent id) and not reported as unknown.</summary>
    public IReadOnlyCollection<string> ExpectedExtraColumns { get; init; } = [];
}
