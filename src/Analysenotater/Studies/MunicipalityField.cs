namespace Analysenotater.Studies;

/// <summary>The column of a <see cref="MunicipalityTable"/> a lookup takes.</summary>
public enum MunicipalityField
{
    /// <summary>The size group (a code, or a label the study's role labels turn into a code).</summary>
    SizeGroup,

    /// <summary>The municipality name.</summary>
    Name,

    /// <summary>The county.</summary>
    County,
}
