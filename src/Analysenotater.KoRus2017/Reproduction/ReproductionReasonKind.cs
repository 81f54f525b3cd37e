namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>What kind of explanation a <see cref="ReproductionRow.Reason"/> is (independent of the language it is written in).</summary>
public enum ReproductionReasonKind
{
    /// <summary>A documented contradiction between printed numbers of the report (the known-differences list).</summary>
    KnownContradiction,

    /// <summary>No whole count out of the printed n gives the printed percentage (alone or together with the row's other percentages).</summary>
    NotAttainable,

    /// <summary>The reference extract notes a doubt about the printed number itself.</summary>
    ReferenceNote,

    /// <summary>A generator target met within tolerance, or not a generator target.</summary>
    GeneratorTarget,

    /// <summary>Not a quantity of the microdata (dates, population figures, settings).</summary>
    NotMicrodata,

    /// <summary>The data are not the printed report's data; the reason says how the file differs.</summary>
    DataDiffer,

    /// <summary>The group's number is withheld by the disclosure rule (too few respondents, or it would give such a group away).</summary>
    Withheld,
}
