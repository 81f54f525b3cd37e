using Analysenotater.Data;
using Analysenotater.Instruments;

namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>
/// KoRus 2017 indicator scores as the reproduction reads Vedlegg 2: items scored 1–5 (1–4 for HSCL-10), a respondent is
/// scored only when every item of the indicator has a valid answer («Ikke aktuelt», «Har ikke» and no answer all exclude),
/// score = sum ÷ (k × max) × 100. This complete-case reading is the one that fits the printed n of Tabell 2
/// (441 / 191 / 298, each below every component item's n; reference questionnaire.md §4.4). Missing scores are NaN.
/// </summary>
public static class KoRusIndicatorScores
{
    /// <summary>Scores of one indicator for every row of <paramref name="dataset"/> (NaN when not scored).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The indicator or one of its items is not in the dataset.</exception>
    public static double[] Score(SurveyDataset dataset, IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(indicator);
        var max = indicator.Id == "ind_mental_hscl10" ? 4.0 : 5.0;
        var cols = indicator.ItemIds.Select(dataset.ValidValues).ToArray();
        var result = new double[dataset.RowCount];
        for (var i = 0; i < result.Length; i++)
        {
            var sum = 0.0;
            var ok = true;
            foreach (var c in cols)
            {
                if (double.IsNaN(c[i]))
                {
                    ok = false;
                    break;
                }

                sum += c[i];
            }

            result[i] = ok ? sum / (cols.Length * max) * 100 : double.NaN;
        }

        return result;
    }

    /// <summary>Complete-case item rows of the indicator (for Cronbach's alpha).</summary>
    internal static List<double[]> CompleteRows(SurveyDataset dataset, IndicatorDefinition indicator)
    {
        var cols = indicator.ItemIds.Select(dataset.ValidValues).ToArray();
        var rows = new List<double[]>();
        for (var i = 0; i < dataset.RowCount; i++)
        {
            var r = new double[cols.Length];
            var ok = true;
            for (var j = 0; j < cols.Length; j++)
            {
                r[j] = cols[j][i];
                ok &= !double.IsNaN(r[j]);
            }

            if (ok)
            {
                rows.Add(r);
            }
        }

        return rows;
    }
}
