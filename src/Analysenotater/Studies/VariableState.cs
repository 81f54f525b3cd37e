namespace Analysenotater.Studies;

/// <summary>Where a variable an analysis needs comes from.</summary>
public enum VariableState
{
    /// <summary>The data file has the column.</summary>
    Present,

    /// <summary>The study derived it from other columns.</summary>
    Derived,

    /// <summary>Neither in the file nor derivable: the analyses that need it cannot run.</summary>
    Missing,
}
