namespace Analysenotater.Spss;

/// <summary>The dictionary entry of one SPSS variable (a very long string counts as one variable).</summary>
/// <param name="Name">The variable name (the long name when the file has one; up to 64 bytes).</param>
/// <param name="Width">0 for a numeric variable; the width in bytes (1–32767) for a string variable.</param>
public sealed record SpssVariable(string Name, int Width)
{
    /// <summary>True for a numeric variable.</summary>
    public bool IsNumeric => Width == 0;

    /// <summary>The 8-byte short name stored in the variable record (empty when built in code; the writer makes one).</summary>
    public string ShortName { get; init; } = "";

    /// <summary>The variable label, or null.</summary>
    public string? Label { get; init; }

    /// <summary>The print format (how SPSS shows values).</summary>
    public SpssFormat PrintFormat { get; init; } = SpssFormat.Number(8, 2);

    /// <summary>The write format.</summary>
    public SpssFormat WriteFormat { get; init; } = SpssFormat.Number(8, 2);

    /// <summary>Value labels in file order.</summary>
    public IReadOnlyList<SpssValueLabel> ValueLabels { get; init; } = [];

    /// <summary>User-missing values.</summary>
    public SpssMissingValues MissingValues { get; init; } = SpssMissingValues.None;

    /// <summary>The measurement level.</summary>
    public SpssMeasure Measure { get; init; } = SpssMeasure.Unknown;

    /// <summary>The display width in characters (data view column width), or 0 when not stated.</summary>
    public int DisplayWidth { get; init; }

    /// <summary>The alignment in the data view.</summary>
    public SpssAlignment Alignment { get; init; } = SpssAlignment.Right;

    /// <summary>The label of a numeric value, or null when it has none.</summary>
    public string? LabelOf(double value) => ValueLabels.FirstOrDefault(l => l.Number == value)?.Label;

    /// <summary>The label of a string value (trailing blanks ignored), or null when it has none.</summary>
    public string? LabelOf(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var t = value.TrimEnd(' ');
        return ValueLabels.FirstOrDefault(l => l.Text == t)?.Label;
    }
}
