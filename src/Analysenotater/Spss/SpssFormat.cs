using System.Globalization;

namespace Analysenotater.Spss;

/// <summary>An SPSS print or write format such as <c>F8.2</c> or <c>A20</c>.</summary>
/// <param name="TypeCode">The format type code from the system file (1 = A, 5 = F, 20 = DATE …).</param>
/// <param name="Width">The field width in characters.</param>
/// <param name="Decimals">The number of decimal places (0 for strings).</param>
public readonly record struct SpssFormat(int TypeCode, int Width, int Decimals)
{
    /// <summary>The format type code for strings (<c>A</c>).</summary>
    public const int StringType = 1;

    /// <summary>The format type code for plain numbers (<c>F</c>).</summary>
    public const int NumberType = 5;

    /// <summary>An <c>F</c>w.d format.</summary>
    public static SpssFormat Number(int width, int decimals) => new(NumberType, width, decimals);

    /// <summary>An <c>A</c>w format.</summary>
    public static SpssFormat String(int width) => new(StringType, width, 0);

    /// <summary>The packed form stored in the file: type &lt;&lt; 16 | width &lt;&lt; 8 | decimals (width is capped at 255).</summary>
    public int Packed => (TypeCode << 16) | (Math.Min(Width, 255) << 8) | Decimals;

    /// <summary>Unpacks a format from its stored 32-bit form.</summary>
    public static SpssFormat FromPacked(int packed) => new((packed >> 16) & 0xff, (packed >> 8) & 0xff, packed & 0xff);

    /// <summary>The format name without width (F, A, DATE …), or <c>?n</c> for an unknown type code.</summary>
    public string TypeName => TypeCode switch
    {
        1 => "A", 2 => "AHEX", 3 => "COMMA", 4 => "DOLLAR", 5 => "F", 6 => "IB", 7 => "PIBHEX", 8 => "P", 9 => "PIB",
        10 => "PK", 11 => "RB", 12 => "RBHEX", 15 => "Z", 16 => "N", 17 => "E", 20 => "DATE", 21 => "TIME",
        22 => "DATETIME", 23 => "ADATE", 24 => "JDATE", 25 => "DTIME", 26 => "WKDAY", 27 => "MONTH", 28 => "MOYR",
        29 => "QYR", 30 => "WKYR", 31 => "PCT", 32 => "DOT", 33 => "CCA", 34 => "CCB", 35 => "CCC", 36 => "CCD",
        37 => "CCE", 38 => "EDATE", 39 => "SDATE", 40 => "MTIME", 41 => "YMDHMS",
        _ => "?" + TypeCode.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>True for formats that PSPP prints with a decimal count (numeric formats other than dates and times).</summary>
    public bool HasDecimals => TypeCode is 3 or 4 or 5 or 6 or 8 or 9 or 10 or 11 or 15 or 16 or 17 or 31 or 32 or (>= 33 and <= 37);

    /// <summary>The format as SPSS syntax writes it, for example <c>F8.2</c>, <c>A20</c>, <c>DATE11</c>.</summary>
    public override string ToString() => HasDecimals
        ? string.Create(CultureInfo.InvariantCulture, $"{TypeName}{Width}.{Decimals}")
        : string.Create(CultureInfo.InvariantCulture, $"{TypeName}{Width}");
}
