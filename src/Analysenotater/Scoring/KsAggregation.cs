namespace Analysenotater.Scoring;

/// <summary>How the KS dimension mean is formed over respondents.</summary>
public enum KsAggregation
{
    /// <summary>Each respondent's mean of their answered items, then the mean over respondents.</summary>
    MeanOfRespondentMeans,

    /// <summary>Each item's mean over the respondents who answered it, then the mean of the item means.</summary>
    MeanOfItemMeans,
}
