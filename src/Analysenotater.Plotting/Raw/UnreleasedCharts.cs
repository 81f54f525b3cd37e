using Analysenotater.Plotting.Coefficients;
using Analysenotater.Plotting.Dimensions;
using Analysenotater.Plotting.Groups;
using Analysenotater.Plotting.Likert;
using Analysenotater.Plotting.Representativeness;
using Analysenotater.Plotting.Trends;
using Analysenotater.Plotting.Words;
using Plotly.NET;

namespace Analysenotater.Plotting.Raw;

/// <summary>
/// Charts drawn from values the caller supplies — numbers that have NOT passed the disclosure gate. For internal
/// microdata work, tests and numbers from outside the data (published benchmarks) only; never on the report path:
/// notebooks and reports draw from released result objects (<see cref="LikertCharts"/>, <see cref="GroupCharts"/>,
/// <see cref="DimensionCharts"/>, <see cref="CoefficientCharts"/>, <see cref="WordCharts"/>,
/// <see cref="RepresentativenessCharts"/>), which draw only released cells. Every method here says so in its name
/// (<c>…FromUnreleasedValues</c>), and a test keeps it out of every notebook and report.
/// </summary>
public static class UnreleasedCharts
{
    /// <summary>Likert stacked bars from caller-supplied percentages (see <see cref="LikertCharts.Stacked(IReadOnlyList{Tables.FrequencyTable}, string, IReadOnlyList{string}?, string)"/> for released tables).</summary>
    /// <exception cref="ArgumentException">An item has a different number of percentages than there are categories.</exception>
    public static GenericChart LikertStackedFromUnreleasedValues(LikertChartData data) => LikertCharts.DrawStacked(data);

    /// <summary>Likert diverging bars from caller-supplied percentages.</summary>
    /// <exception cref="ArgumentException">An item has a different number of percentages than there are categories.</exception>
    public static GenericChart LikertDivergingFromUnreleasedValues(LikertChartData data) => LikertCharts.DrawDiverging(data);

    /// <summary>Grouped bars from caller-supplied values and n (see <see cref="GroupCharts"/> for released tables).</summary>
    /// <exception cref="ArgumentException">A series has a different length than the categories.</exception>
    public static GenericChart GroupedBarsFromUnreleasedValues(GroupedBarData data) => GroupCharts.DrawGroupedBars(data);

    /// <summary>A coefficient plot from caller-supplied estimates and limits (see <see cref="CoefficientCharts"/> for model results).</summary>
    /// <exception cref="ArgumentException">An interval does not contain its estimate.</exception>
    public static GenericChart CoefficientsFromUnreleasedValues(IReadOnlyList<CoefficientInterval> estimates, string title, string intervalLabel = "Estimat med 95\u00A0% konfidensintervall") =>
        CoefficientCharts.DrawIntervals(estimates, title, intervalLabel, []);

    /// <summary>Word-frequency bars from caller-supplied counts (see <see cref="WordCharts"/> for released word lists).</summary>
    public static GenericChart WordFrequenciesFromUnreleasedValues(IReadOnlyList<WordCount> words, string title, string countLabel, string? settingsNote = null) =>
        WordCharts.DrawFrequencies(words, title, countLabel, settingsNote);

    /// <summary>A keyness chart from caller-supplied terms.</summary>
    public static GenericChart KeynessFromUnreleasedValues(IReadOnlyList<KeynessTerm> terms, string title, string firstGroup, string secondGroup) =>
        WordCharts.DrawKeyness(terms, title, firstGroup, secondGroup);

    /// <summary>The KS dimension chart from caller-supplied scores (see <see cref="DimensionCharts"/> for released scores).</summary>
    public static GenericChart DimensionsFromUnreleasedValues(IReadOnlyList<DimensionScore> rows, string title, string unitName, string nationalName, string previousName, double scaleMin = 1, double scaleMax = 4) =>
        DimensionCharts.Draw(rows, title, unitName, nationalName, previousName, scaleMin, scaleMax, "for få svar");

    /// <summary>Lines across rounds from caller-supplied points (withheld points, with a null value, are gaps).</summary>
    public static GenericChart TrendsFromUnreleasedValues(IReadOnlyList<TrendSeries> series, string title, string valueLabel, (double Min, double Max)? range = null) =>
        TrendCharts.Draw(series, title, valueLabel, range);

    /// <summary>Sample against reference from caller-supplied shares (see <see cref="RepresentativenessCharts"/> for a representativeness table).</summary>
    public static GenericChart SampleVersusReferenceFromUnreleasedValues(IReadOnlyList<ShareComparison> rows, string title, string sampleName, string referenceName) =>
        RepresentativenessCharts.Draw(rows, title, sampleName, referenceName);
}
