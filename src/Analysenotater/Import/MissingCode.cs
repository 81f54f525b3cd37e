using System.Globalization;
using Analysenotater.Instruments;
using Analysenotater.Spss;

namespace Analysenotater.Import;

/// <summary>
/// A code that means «not a valid answer» in a data file without a shipped instrument, for example
/// <c>6 = ikke aktuelt</c> or <c>9 = vet ikke</c>. Given in <see cref="ImportOptions.MissingCodes"/> (CLI:
/// <c>--missing 6=ikke-aktuelt</c>), it is kept as the code it is and excluded from analysis with the
/// <see cref="MissingReason"/> its label names (the rule of <see cref="SpssMissingReasons.FromLabel"/>: «ikke aktuelt»
/// → not applicable, «vet ikke» → don't know, «har ikke» → does not have, anything else → no answer).
/// </summary>
/// <param name="Code">The integer code in the file.</param>
/// <param name="Label">Its label (shown in frequency tables).</param>
/// <param name="Reason">Why it is missing.</param>
public sealed record MissingCode(int Code, string Label, MissingReason Reason)
{
    /// <summary>The columns the code applies to; null (default) = every coded column that is not a respondent role column (municipality, size group, gender, age, weight).</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>
    /// Parses <c>code=label</c> (hyphens in the label read as spaces, so the CLI form <c>6=ikke-aktuelt</c> works), or a
    /// bare code (label = the code, reason no answer). Optionally restricted to columns: <c>q3,q4:6=ikke aktuelt</c>.
    /// </summary>
    /// <exception cref="FormatException">The code is not an integer; the message quotes the text.</exception>
    public static MissingCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.Trim();
        IReadOnlyList<string>? columns = null;
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            columns = [.. rest[..colon].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            rest = rest[(colon + 1)..].Trim();
        }

        var eq = rest.IndexOf('=', StringComparison.Ordinal);
        var codeText = (eq < 0 ? rest : rest[..eq]).Trim();
        if (!int.TryParse(codeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) || code <= short.MinValue || code > short.MaxValue)
        {
            throw new FormatException($"Missing code \"{text}\": \"{codeText}\" is not an integer code. Write code=label, for example 6=ikke-aktuelt.");
        }

        var label = eq < 0 ? code.ToString(CultureInfo.InvariantCulture) : rest[(eq + 1)..].Trim().Replace('-', ' ').Replace('_', ' ');
        if (label.Length == 0)
        {
            label = code.ToString(CultureInfo.InvariantCulture);
        }

        return new MissingCode(code, label, SpssMissingReasons.FromLabel(label)) { Columns = columns };
    }

    /// <summary>True when the code applies to this column.</summary>
    public bool AppliesTo(string column) => Columns is null || Columns.Contains(column, StringComparer.OrdinalIgnoreCase);
}
