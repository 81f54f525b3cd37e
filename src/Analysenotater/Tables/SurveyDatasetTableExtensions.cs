using Analysenotater.Data;
using Analysenotater.Disclosure;

namespace Analysenotater.Tables;

/// <summary>Notebook-friendly shortcuts: <c>data.Frequencies("q9", by: "kommunestorrelse")</c>.</summary>
public static class SurveyDatasetTableExtensions
{
    /// <summary>
    /// A frequency table of an item, for everyone or stratified by <paramref name="by"/> (and <paramref name="thenBy"/>).
    /// See <see cref="FrequencyTables"/>; disclosure control follows <paramref name="context"/> (default KoRus 2017 tiers).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">A value is not an integer code, or the recode leaves a valid code out.</exception>
    public static FrequencyTable Frequencies(this SurveyDataset data, string itemId, string? by = null, string? thenBy = null,
        FrequencyOptions? options = null, AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return by is null
            ? FrequencyTables.Of(data, itemId, options, context)
            : FrequencyTables.By(data, itemId, by, thenBy, options, context);
    }
}
