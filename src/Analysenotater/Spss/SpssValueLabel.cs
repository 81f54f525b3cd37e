namespace Analysenotater.Spss;

/// <summary>One value label: a numeric value or a string value, and its label.</summary>
/// <param name="Number">The labelled value of a numeric variable; null for a string variable.</param>
/// <param name="Text">The labelled value of a string variable (trailing blanks removed); null for a numeric variable.</param>
/// <param name="Label">The label text.</param>
public sealed record SpssValueLabel(double? Number, string? Text, string Label)
{
    /// <summary>A label for a numeric value.</summary>
    public static SpssValueLabel ForNumber(double value, string label) => new(value, null, label);

    /// <summary>A label for a string value.</summary>
    public static SpssValueLabel ForText(string value, string label) => new(null, value, label);
}
