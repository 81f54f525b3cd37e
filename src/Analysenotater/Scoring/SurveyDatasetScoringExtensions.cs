using Analysenotater.Data;
using Analysenotater.Disclosure;

namespace Analysenotater.Scoring;

/// <summary>Notebook-friendly shortcuts: <c>data.Score("ind_samlet")</c>, <c>data.Score("ind_samlet", ScoringRules.KoRusFull)</c>.</summary>
public static class SurveyDatasetScoringExtensions
{
    /// <summary>Scores an indicator of the dataset's instrument; see <see cref="IndicatorScorer.Score(SurveyDataset, string, ScoringRule?, AnalysisContext?)"/>.</summary>
    /// <exception cref="InvalidOperationException">The dataset has no instrument.</exception>
    /// <exception cref="KeyNotFoundException">No such indicator, rule or item column.</exception>
    public static IndicatorScores Score(this SurveyDataset data, string indicatorId, ScoringRule? rule = null, AnalysisContext? context = null) =>
        IndicatorScorer.Score(data, indicatorId, rule, context);
}
