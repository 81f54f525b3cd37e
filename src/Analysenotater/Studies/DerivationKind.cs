namespace Analysenotater.Studies;

/// <summary>How a derived variable is computed.</summary>
public enum DerivationKind
{
    /// <summary>Age in whole years = survey year − birth year (the source is a year item or column).</summary>
    AgeFromBirthYear,

    /// <summary>A field (size group, name, county) looked up by municipality number in a municipality table.</summary>
    MunicipalityLookup,

    /// <summary>The codes of an item, optionally recoded (for example gender from question 1).</summary>
    FromItem,
}
