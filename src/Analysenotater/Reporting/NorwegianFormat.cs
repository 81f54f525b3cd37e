using System.Globalization;

namespace Analysenotater.Reporting;

/// <summary>
/// Norwegian number formatting for tables meant for people: decimal comma, a no-break space as thousands separator
/// (from 10 000), the minus sign U+2212 and « %» after percentages. Machine formats (CSV, JSON) never use this.
/// </summary>
public static class NorwegianFormat
{
    /// <summary>The number format used: nb-NO conventions, fixed here so output does not depend on the machine's ICU data.</summary>
    public static NumberFormatInfo Numbers { get; } = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u00A0",
        NegativeSign = "\u2212",
        PercentSymbol = "%",
        NaNSymbol = "",
    };

    /// <summary>A number with <paramref name="decimals"/> decimals, for example 4,7 or −0,235. NaN gives an empty string.</summary>
    public static string Number(double value, int decimals = 2)
    {
        if (double.IsNaN(value))
        {
            return "";
        }

        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0; // no "−0,00"
        }

        var fmt = Math.Abs(rounded) >= 10000 ? "N" + decimals : "F" + decimals;
        return rounded.ToString(fmt, Numbers);
    }

    /// <summary>A count, with a thousands separator from 10 000 (Norwegian rule), for example 491 or 20 535.</summary>
    public static string Count(long n) => n >= 10000 || n <= -10000 ? n.ToString("N0", Numbers) : n.ToString(CultureInfo.InvariantCulture).Replace("-", "\u2212", StringComparison.Ordinal);

    /// <summary>A percentage 0–100, for example "45 %" or "4,7 %". NaN gives an empty string.</summary>
    public static string Percent(double percent, int decimals = 0) => double.IsNaN(percent) ? "" : Number(percent, decimals) + "\u00A0%";

    /// <summary>A p-value with three decimals, "&lt; 0,001" below one thousandth.</summary>
    public static string PValue(double p) => double.IsNaN(p) ? "" : p < 0.001 ? "<\u00A00,001" : Number(p, 3);

    /// <summary>Parses a number written with a decimal comma or point (for example "4,7", "1 234,5", "−2"); null when it is not a number.</summary>
    public static double? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim().Replace("\u00A0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            .Replace('\u2212', '-');
        if (t.Contains(',', StringComparison.Ordinal) && !t.Contains('.', StringComparison.Ordinal))
        {
            t = t.Replace(',', '.');
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
