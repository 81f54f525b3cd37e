using System.Globalization;
using Analysenotater.Reporting;

namespace Analysenotater.Import;

/// <summary>
/// Reads a number from a data cell more strictly than display parsing: a finite decimal number in Norwegian or
/// invariant notation (<c>3</c>, <c>-1,5</c>, <c>2.25</c>, <c>1e3</c>), nothing else. Refused, with the reason:
/// control characters (<c>"3\0"</c>), <c>NaN</c>, <c>Infinity</c>, <c>∞</c> and values that overflow a double
/// (<c>1e309</c>). A year must be written with digits only (<c>1e3</c> is not the year 1000).
/// </summary>
internal static class ImportNumber
{
    /// <summary>Parses a cell; null with <paramref name="problem"/> set when it is not a finite number.</summary>
    /// <param name="text">The cell as read.</param>
    /// <param name="problem">Why the text is refused (control character, not finite), or null when it is simply not a number.</param>
    /// <returns>The value, or null.</returns>
    public static double? Parse(string text, out string? problem)
    {
        problem = null;
        foreach (var ch in text)
        {
            if (char.IsControl(ch) && ch is not ('\t' or '\r' or '\n'))
            {
                problem = Localization.Messages.Format("Import.ControlCharacter", ((int)ch).ToString("X4", CultureInfo.InvariantCulture));
                return null;
            }
        }

        var trimmed = text.Trim();
        if (trimmed.Any(ch => char.IsLetter(ch) && ch is not ('e' or 'E')) || trimmed.Contains('∞', StringComparison.Ordinal))
        {
            if (trimmed.Contains("nan", StringComparison.OrdinalIgnoreCase) || trimmed.Contains("inf", StringComparison.OrdinalIgnoreCase) || trimmed.Contains('∞', StringComparison.Ordinal))
            {
                problem = Localization.Messages.Get("Import.NotFinite");
            }

            return null;
        }

        var value = NorwegianFormat.TryParse(trimmed);
        if (value is { } v && !double.IsFinite(v))
        {
            problem = Localization.Messages.Get("Import.Overflow");
            return null;
        }

        return value;
    }

    /// <summary>Parses a year cell: digits only (leading and trailing blanks allowed).</summary>
    /// <param name="text">The cell as read.</param>
    /// <returns>The year, or null when the text is not made of digits.</returns>
    public static double? ParseYear(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 0 and <= 9 && trimmed.All(char.IsAsciiDigit)
            ? int.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
    }
}
