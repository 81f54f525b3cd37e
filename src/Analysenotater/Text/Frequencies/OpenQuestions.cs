using Analysenotater.Data;
using Analysenotater.Text.Screening;

namespace Analysenotater.Text.Frequencies;

/// <summary>
/// Screening then word lists for several open questions in one call, as the KoRus report's section 5.8:
/// <c>OpenQuestions.TopWords(data, CommentScreener.Default, WordFrequencySettings.KoRus2017Report, "open_bra", "open_darlig", "open_forslag")</c>.
/// </summary>
public static class OpenQuestions
{
    /// <summary>Screens each text column with <paramref name="screener"/> and counts its words with <paramref name="settings"/>.</summary>
    /// <exception cref="KeyNotFoundException">A column does not exist.</exception>
    /// <exception cref="InvalidOperationException">A column does not hold text.</exception>
    public static OpenQuestionsResult TopWords(SurveyDataset data, CommentScreener screener, WordFrequencySettings settings, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(columns);
        var screened = columns.Select(c => screener.Screen(data, c)).ToList();
        return new OpenQuestionsResult(screened, [.. screened.Select(s => WordFrequencyAnalysis.Count(s, settings))]);
    }
}
