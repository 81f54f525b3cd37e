namespace Analysenotater.Scoring;

/// <summary>Why a respondent got no score on an indicator.</summary>
public enum ScoreExclusion
{
    /// <summary>No valid answer on any of the indicator's items (blank, «ikke aktuelt», «har ikke» …).</summary>
    NoValidAnswer,

    /// <summary>Some valid answers, but fewer than the rule's minimum (for KoRus: not more than half).</summary>
    TooFewValidAnswers,

    /// <summary>Answered «ikke aktuelt» or «har ikke» on at least one item, under a rule that drops such respondents.</summary>
    AnsweredNotApplicable,
}
