using System.Globalization;
using System.Text;
using Analysenotater.Localization;

namespace Analysenotater.Import;

/// <summary>
/// One problem found by an import, located by file, row (1-based, counted as a spreadsheet user counts: the header
/// is row 1), column name and the offending value.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="File">The file name (or the source name given for text).</param>
/// <param name="Row">The 1-based row, or null for a file-level problem.</param>
/// <param name="Column">The column header, or null.</param>
/// <param name="Value">The offending value as read, or null.</param>
/// <param name="Detail">What is wrong and what was done, in plain words.</param>
public sealed record ImportIssue(ImportIssueKind Kind, string File, int? Row, string? Column, string? Value, string Detail)
{
    /// <summary>True for problems that make strict mode throw; false for warnings (unknown column, detected encoding, format note).</summary>
    public bool IsError => Kind is not (ImportIssueKind.UnknownColumn or ImportIssueKind.EncodingGuess or ImportIssueKind.FormatNote);

    /// <summary>The full message in the current language: <c>file, rad 3, kolonne «q9», verdi «7»: detail</c> (English: <c>row</c>, <c>column</c>, <c>value</c>).</summary>
    public string Message
    {
        get
        {
            var sb = new StringBuilder(File);
            if (Row is { } r)
            {
                sb.Append(", ").Append(Messages.Get("ImportIssue.Row")).Append(' ').Append(r.ToString(CultureInfo.InvariantCulture));
            }

            if (Column is not null)
            {
                sb.Append(", ").Append(Messages.Get("ImportIssue.Column")).Append(' ').Append(Messages.Format("ImportIssue.Quoted", Column));
            }

            if (Value is not null)
            {
                sb.Append(", ").Append(Messages.Get("ImportIssue.Value")).Append(' ').Append(Messages.Format("ImportIssue.Quoted", Value));
            }

            return sb.Append(": ").Append(Detail).ToString();
        }
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}
