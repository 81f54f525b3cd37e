using Analysenotater.Plotting.Building;
using Analysenotater.Reporting;
using Plotly.NET;

namespace Analysenotater.Plotting.Dimensions;

/// <summary>The KS municipal dimension chart: the unit's dimension scores against the national average and its previous year.</summary>
public static class DimensionCharts
{
    /// <summary>
    /// From released indicator scores (<c>IndicatorScorer.Score(data, id, rule, context)</c>, one per dimension):
    /// horizontal bars for the unit's released means (text: mean and signed difference from the national average), a
    /// diamond for the national average (a published benchmark) and a circle for the previous year's released mean. A
    /// dimension whose mean is not released keeps its row, marked «skjult», with no bar and no marker of this year.
    /// </summary>
    /// <param name="rows">Dimensions, top to bottom.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="unitName">The unit, for example "Enheten 2022".</param>
    /// <param name="nationalName">The benchmark, for example "Landssnitt 2021".</param>
    /// <param name="previousName">The previous round, for example "Enheten 2021".</param>
    /// <param name="scaleMin">Lowest scale value (KS: 1).</param>
    /// <param name="scaleMax">Highest scale value (KS: 4).</param>
    /// <returns>The chart.</returns>
    public static GenericChart WithNationalAverage(IReadOnlyList<DimensionResult> rows, string title, string unitName, string nationalName, string previousName, double scaleMin = 1, double scaleMax = 4)
    {
        ArgumentNullException.ThrowIfNull(rows);
        static double? Released(Scoring.IndicatorScores? s) => s is { Level: not Disclosure.DisclosureLevel.Nothing } && !double.IsNaN(s.Mean) ? s.Mean : null;
        var scores = rows.Select(r => new DimensionScore(r.Dimension, Released(r.Unit), Released(r.Unit) is null ? 0 : r.Unit.NScored, r.NationalAverage, Released(r.PreviousYear))).ToList();
        var reasons = string.Join("; ", rows.Select(r => r.Unit.Disclosure.Description).Distinct());
        return Draw(scores, title, unitName, nationalName, previousName, scaleMin, scaleMax, reasons);
    }

    /// <summary>
    /// Horizontal bars for the unit's scores (text: score and signed difference from the national average), a
    /// diamond for the national average and a circle for the previous year. Withheld dimensions are not drawn.
    /// </summary>
    /// <param name="rows">Dimensions, top to bottom.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="unitName">The unit, for example "Enheten 2022".</param>
    /// <param name="nationalName">The benchmark, for example "Landssnitt 2021".</param>
    /// <param name="previousName">The previous round, for example "Enheten 2021".</param>
    /// <param name="scaleMin">Lowest scale value (KS: 1).</param>
    /// <param name="scaleMax">Highest scale value (KS: 4).</param>
    /// <param name="reason">Why withheld dimensions are not drawn (printed in the note).</param>
    internal static GenericChart Draw(IReadOnlyList<DimensionScore> rows, string title, string unitName, string nationalName, string previousName, double scaleMin, double scaleMax, string reason)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var shown = rows.Where(r => r.Score is not null).ToList();
        var labels = shown.Select(r => ChartLabels.WithN(r.Dimension, r.N)).ToArray();
        var axis = rows.Select(r => r.Score is null ? ChartLabels.Hidden(r.Dimension) : ChartLabels.WithN(r.Dimension, r.N)).ToArray();
        var traces = new List<Trace2D>
        {
            PlotlyBuilder.Trace("bar", ("orientation", "h"), ("name", unitName), ("y", labels), ("x", shown.Select(r => r.Score!.Value).ToArray()),
                ("marker", PlotlyBuilder.Obj(("color", ChartPalette.Groups[0]))),
                ("text", shown.Select(r => NorwegianFormat.Number(r.Score!.Value, 1) + (r.NationalAverage is { } na ? $" ({Signed(r.Score!.Value - na)})" : "")).ToArray()),
                ("textposition", "inside"), ("insidetextanchor", "start"), ("textfont", PlotlyBuilder.Obj(("color", "white")))),
        };
        var withNat = shown.Where(r => r.NationalAverage is not null).ToList();
        if (withNat.Count > 0)
        {
            traces.Add(PlotlyBuilder.Trace("scatter", ("mode", "markers"), ("name", nationalName),
                ("y", withNat.Select(r => ChartLabels.WithN(r.Dimension, r.N)).ToArray()), ("x", withNat.Select(r => r.NationalAverage!.Value).ToArray()),
                ("marker", PlotlyBuilder.Obj(("symbol", "diamond"), ("size", 13), ("color", ChartPalette.Groups[1]), ("line", PlotlyBuilder.Obj(("width", 1), ("color", "#333")))))));
        }

        var withPrev = shown.Where(r => r.PreviousYear is not null).ToList();
        if (withPrev.Count > 0)
        {
            traces.Add(PlotlyBuilder.Trace("scatter", ("mode", "markers"), ("name", previousName),
                ("y", withPrev.Select(r => ChartLabels.WithN(r.Dimension, r.N)).ToArray()), ("x", withPrev.Select(r => r.PreviousYear!.Value).ToArray()),
                ("marker", PlotlyBuilder.Obj(("symbol", "circle-open"), ("size", 12), ("color", "#222"), ("line", PlotlyBuilder.Obj(("width", 2)))))));
        }

        var hidden = rows.Where(r => r.Score is null).Select(r => r.Dimension).ToList();
        var notes = hidden.Count == 0 ? new List<string>() : [ChartLabels.SuppressedNote(hidden, reason)];
        return PlotlyBuilder.Chart(traces, title, notes,
            ("xaxis", PlotlyBuilder.Obj(("range", new[] { scaleMin, scaleMax }), ("dtick", 0.5), ("title", PlotlyBuilder.Obj(("text", $"Gjennomsnitt ({NorwegianFormat.Number(scaleMin, 0)}–{NorwegianFormat.Number(scaleMax, 0)})"))))),
            ("yaxis", PlotlyBuilder.Obj(("autorange", "reversed"), ("automargin", true), ("categoryorder", "array"), ("categoryarray", axis))),
            ("legend", PlotlyBuilder.TopLegend),
            ("height", 170 + (40 * Math.Max(1, rows.Count))));
    }

    private static string Signed(double d)
    {
        var text = NorwegianFormat.Number(Math.Abs(d), 1);
        return Math.Round(d, 1, MidpointRounding.AwayFromZero) switch
        {
            > 0 => "+" + text,
            < 0 => "\u2212" + text,
            _ => "±" + text,
        };
    }
}
