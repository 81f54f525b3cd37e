using Analysenotater.Plotting.Building;
using Analysenotater.Statistics.Results;
using Plotly.NET;

namespace Analysenotater.Plotting.Coefficients;

/// <summary>Coefficient plots that put the same model's estimates from several methods side by side.</summary>
public static class CoefficientCharts
{
    /// <summary>
    /// One line from any model result: its coefficients with confidence intervals at the result's level, the
    /// intercept left out, titled by the method. <c>CoefficientCharts.Plot(modell.Robust())</c>.
    /// </summary>
    /// <param name="result">A regression or other estimation result.</param>
    /// <param name="title">The title (null: the result's method).</param>
    /// <param name="terms">Terms to show (null = every term but the intercept).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static GenericChart Plot(IEstimationResult result, string? title = null, IReadOnlyList<string>? terms = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return CompareMethods([result], title ?? result.Method, terms);
    }

    /// <summary>
    /// The same plot straight from the library's estimation results (OLS, CR2, design-based, mixed model …): one
    /// colour per result (its <see cref="IEstimationResult.Method"/>), intervals at the result's confidence level, the
    /// intercept left out.
    /// </summary>
    /// <param name="tables">The methods to compare.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="terms">Terms to show (null = every term but the intercept).</param>
    public static GenericChart CompareMethods(IReadOnlyList<IEstimationResult> tables, string title, IReadOnlyList<string>? terms = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var chosen = tables.SelectMany(t => t.Parameters
                .Where(c => terms is null ? c.Name != "(Konstant)" : terms.Contains(c.Name))
                .Select(c => (t, c)))
            .ToList();
        // A coefficient suppressed by disclosure control (its estimate is NaN) is never drawn; its term keeps a row, named in the note.
        var hidden = chosen.Where(x => double.IsNaN(x.c.Estimate)).Select(x => $"{x.t.Labels.Coefficient(x.c.Name)} ({x.t.Method})").Distinct().ToList();
        var shown = chosen.Where(x => !double.IsNaN(x.c.Estimate))
            .Select(x => (x.t, x.c, ci: x.c.ConfidenceInterval(x.t.ConfidenceLevel)))
            .ToList();

        // An estimate whose interval is withheld (a model with a hidden category hides its classical standard errors)
        // is drawn as a point without a bar, named in a note.
        var noInterval = shown.Where(x => double.IsNaN(x.ci.Lower) || double.IsNaN(x.ci.Upper)).Select(x => $"{x.t.Labels.Coefficient(x.c.Name)} ({x.t.Method})").Distinct().ToList();
        var rows = shown
            .Select(x => double.IsNaN(x.ci.Lower) || double.IsNaN(x.ci.Upper)
                ? new CoefficientInterval(x.t.Labels.Coefficient(x.c.Name), x.t.Method, x.c.Estimate, x.c.Estimate, x.c.Estimate)
                : new CoefficientInterval(x.t.Labels.Coefficient(x.c.Name), x.t.Method, x.c.Estimate, x.ci.Lower, x.ci.Upper))
            .ToList();
        var level = tables.Count > 0 ? tables[0].ConfidenceLevel : 0.95;
        var notes = hidden.Count == 0 ? new List<string>() : [ChartLabels.SuppressedNote(hidden, "kategorier med for få svar")];
        if (noInterval.Count > 0)
        {
            notes.Add(ChartLabels.SuppressedNote(noInterval, "konfidensintervallet bygger på spredningen i en skjult kategori"));
        }

        return DrawIntervals(rows, title, $"B med {Reporting.NorwegianFormat.Number(100 * level, 0)}\u00A0% konfidensintervall", notes);
    }

    /// <summary>
    /// Horizontal point-and-interval plot: one row per term, one colour (and a small vertical offset) per method,
    /// error bars from the confidence limits, and a dashed zero line.
    /// </summary>
    /// <param name="estimates">Estimates; terms and methods keep their first-seen order.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="intervalLabel">The interval's description for the axis, for example "B med 95 % KI".</param>
    /// <param name="notes">Notes under the chart (suppressed terms).</param>
    /// <exception cref="ArgumentException">An interval does not contain its estimate.</exception>
    internal static GenericChart DrawIntervals(IReadOnlyList<CoefficientInterval> estimates, string title, string intervalLabel, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        foreach (var e in estimates)
        {
            if (!(e.Lower <= e.Estimate && e.Estimate <= e.Upper))
            {
                throw new ArgumentException($"Coefficient '{e.Term}' ({e.Method}): the interval [{e.Lower}; {e.Upper}] does not contain the estimate {e.Estimate}.", nameof(estimates));
            }
        }

        var terms = estimates.Select(e => e.Term).Distinct().ToList();
        var methods = estimates.Select(e => e.Method).Distinct().ToList();
        var traces = new List<Trace2D>();
        for (var m = 0; m < methods.Count; m++)
        {
            var rows = estimates.Where(e => e.Method == methods[m]).ToList();
            var offset = methods.Count == 1 ? 0 : -0.3 + (0.6 * m / (methods.Count - 1));
            traces.Add(PlotlyBuilder.Trace("scatter",
                ("mode", "markers"),
                ("name", methods[m]),
                ("x", rows.Select(r => r.Estimate).ToArray()),
                ("y", rows.Select(r => terms.IndexOf(r.Term) + offset).ToArray()),
                ("customdata", rows.Select(r => new[] { r.Lower, r.Upper }).ToArray()),
                ("error_x", PlotlyBuilder.Obj(("type", "data"), ("symmetric", false),
                    ("array", rows.Select(r => r.Upper - r.Estimate).ToArray()),
                    ("arrayminus", rows.Select(r => r.Estimate - r.Lower).ToArray()),
                    ("thickness", 2), ("width", 4))),
                ("marker", PlotlyBuilder.Obj(("color", ChartPalette.Groups[m % ChartPalette.Groups.Count]), ("size", 9))),
                ("hovertemplate", methods[m] + ": %{x:.3f} [%{customdata[0]:.3f}; %{customdata[1]:.3f}]<extra></extra>")));
        }

        return PlotlyBuilder.Chart(traces, title, notes,
            ("xaxis", PlotlyBuilder.Obj(("title", PlotlyBuilder.Obj(("text", intervalLabel))), ("zeroline", true), ("zerolinecolor", "#888"), ("zerolinewidth", 1))),
            ("yaxis", PlotlyBuilder.Obj(("tickmode", "array"), ("tickvals", Enumerable.Range(0, terms.Count).ToArray()), ("ticktext", terms.ToArray()),
                ("autorange", "reversed"), ("automargin", true), ("zeroline", false))),
            ("shapes", new[] { PlotlyBuilder.Obj(("type", "line"), ("x0", 0), ("x1", 0), ("yref", "paper"), ("y0", 0), ("y1", 1), ("line", PlotlyBuilder.Obj(("dash", "dash"), ("color", "#888")))) }),
            ("legend", PlotlyBuilder.TopLegend),
            ("height", 220 + (110 * Math.Max(1, terms.Count))));
    }
}
