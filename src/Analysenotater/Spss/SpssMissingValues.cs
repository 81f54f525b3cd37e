using System.Globalization;

namespace Analysenotater.Spss;

/// <summary>
/// A variable's user-missing values: up to three discrete values, or a range plus at most one discrete value
/// (numeric variables only). <c>LO</c>/<c>LOWEST</c> is <see cref="double.NegativeInfinity"/> and <c>HI</c>/<c>HIGHEST</c>
/// is <see cref="double.PositiveInfinity"/>. String variables have up to three discrete string values.
/// </summary>
public sealed record SpssMissingValues
{
    /// <summary>No user-missing values.</summary>
    public static SpssMissingValues None { get; } = new();

    /// <summary>Discrete numeric missing values (at most three, or one together with a range).</summary>
    public IReadOnlyList<double> Numbers { get; init; } = [];

    /// <summary>Discrete string missing values (trailing blanks removed), at most three.</summary>
    public IReadOnlyList<string> Texts { get; init; } = [];

    /// <summary>The low end of the missing range (inclusive), or null when there is no range.</summary>
    public double? RangeLow { get; init; }

    /// <summary>The high end of the missing range (inclusive), or null when there is no range.</summary>
    public double? RangeHigh { get; init; }

    /// <summary>True when there are no user-missing values.</summary>
    public bool IsEmpty => Numbers.Count == 0 && Texts.Count == 0 && RangeLow is null;

    /// <summary>True when <paramref name="value"/> is user-missing. NaN (system-missing) is not user-missing.</summary>
    public bool IsMissing(double value)
    {
        if (double.IsNaN(value))
        {
            return false;
        }

        if (RangeLow is { } lo && RangeHigh is { } hi && value >= lo && value <= hi)
        {
            return true;
        }

        foreach (var n in Numbers)
        {
            if (n == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the string value (trailing blanks ignored) is user-missing.</summary>
    public bool IsMissing(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var t = value.TrimEnd(' ');
        return Texts.Any(s => s == t);
    }

    /// <summary>The missing values in PSPP's notation, for example <c>6; 9</c> or <c>LOWEST THRU -50; 99</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (RangeLow is { } lo && RangeHigh is { } hi)
        {
            parts.Add($"{Format(lo)} THRU {Format(hi)}");
        }

        parts.AddRange(Numbers.Select(Format));
        parts.AddRange(Texts.Select(t => "\"" + t + "\""));
        return string.Join("; ", parts);
    }

    private static string Format(double v) => v switch
    {
        double.NegativeInfinity => "LOWEST",
        double.PositiveInfinity => "HIGHEST",
        _ => v.ToString("R", CultureInfo.InvariantCulture),
    };
}
