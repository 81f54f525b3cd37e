namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>Which respondents a published percentage is taken of.</summary>
public enum PublishedDenominator
{
    /// <summary>Respondents with a valid answer (no answer, «Ikke aktuelt» and «Har ikke» left out).</summary>
    Valid,

    /// <summary>Valid answers plus «Ikke aktuelt» (the pattern of the report's Nøkkeltall II; see the reference README).</summary>
    ValidAndNotApplicable,

    /// <summary>Valid answers plus «Har ikke» (the «har IP / har AG» rows).</summary>
    ValidAndDoesNotHave,

    /// <summary>Every respondent in the group (check boxes, where not ticked cannot be told from not answered).</summary>
    AllRespondents,

    /// <summary>Respondents whose answer is one of <see cref="PublishedMeasure.DenominatorCodes"/>.</summary>
    Codes,
}
