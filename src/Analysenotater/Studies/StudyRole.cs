namespace Analysenotater.Studies;

/// <summary>The respondent-level roles a study can give its columns.</summary>
public enum StudyRole
{
    /// <summary>The respondent id.</summary>
    RespondentId,

    /// <summary>The cluster (primary sampling unit), for example the municipality.</summary>
    Cluster,

    /// <summary>The stratum, for example the municipality size group.</summary>
    Stratum,

    /// <summary>The analysis weight.</summary>
    Weight,

    /// <summary>Gender.</summary>
    Gender,

    /// <summary>Age in years.</summary>
    Age,

    /// <summary>The municipality number.</summary>
    Municipality,

    /// <summary>The municipality size group.</summary>
    SizeGroup,

    /// <summary>The survey round or year.</summary>
    Round,
}
