namespace Analysenotater.Spss;

/// <summary>How SPSS aligns a variable's values in the data view.</summary>
public enum SpssAlignment
{
    /// <summary>Left-aligned (the default for strings).</summary>
    Left = 0,

    /// <summary>Right-aligned (the default for numbers).</summary>
    Right = 1,

    /// <summary>Centred.</summary>
    Center = 2,
}
