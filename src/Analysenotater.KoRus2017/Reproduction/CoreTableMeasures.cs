using Analysenotater.Data;
using Analysenotater.Instruments;
using Analysenotater.Tables;

namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>
/// Computes single-item percentages, counts and n with the library's own table code
/// (<see cref="FrequencyTables"/> with a named two-way <see cref="Recode"/> and the Valid or Valid + «ikke aktuelt»
/// denominator), so the reproduction report exercises the same code as the notebooks. Measures the table code does not
/// cover (unions of check boxes, denominators of all respondents, numeric ranges) return false and are computed by
/// <see cref="PublishedMeasureEvaluator"/>.
/// </summary>
internal static class CoreTableMeasures
{
    private static readonly IReadOnlyDictionary<int, string> CodeLabels = new Dictionary<int, string> { [1] = "1", [2] = "2", [3] = "3" };

    public static bool TryEvaluate(SurveyDataset ds, PublishedMeasure m, out double value)
    {
        value = double.NaN;
        if (!m.IsSingleItem || m.Statistic is not (PublishedStatistic.Percent or PublishedStatistic.Count or PublishedStatistic.N)
            || m.Denominator is PublishedDenominator.AllRespondents or PublishedDenominator.Codes
            || ds.Instrument is not { } ins || !ins.HasItem(m.ItemIds[0]) || ins.ScaleOf(m.ItemIds[0]) is not { } scale
            || ins.GetItem(m.ItemIds[0]).Type != ItemType.SingleChoice)
        {
            return false;
        }

        var valid = scale.ValidOptions.Select(o => o.Code).ToList();
        var hit = valid.Where(m.Codes.Contains).ToList();
        var rest = valid.Where(c => !m.Codes.Contains(c)).ToList();
        if (hit.Count == 0)
        {
            return false;
        }

        List<RecodeCategory> cats = [new("treff", hit)];
        if (rest.Count > 0)
        {
            cats.Add(new("øvrige", rest));
        }

        var options = new FrequencyOptions
        {
            Recode = new Recode("reproduksjon", cats),
            Denominator = m.Denominator == PublishedDenominator.Valid ? Denominator.Valid : Denominator.ValidAndNotApplicable,
            GroupLabels = CodeLabels,
        };
        var table = m.FilterColumn is null
            ? FrequencyTables.Of(ds, m.ItemIds[0], options)
            : FrequencyTables.By(ds, m.ItemIds[0], m.FilterColumn, null, options);
        var group = m.FilterColumn is null ? table.Groups[0] : m.FilterCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!table.Groups.Contains(group))
        {
            return false;
        }

        double? v = m.Statistic switch
        {
            PublishedStatistic.Percent => table.Percent(group, "treff") is var p && !double.IsNaN(p) ? p : null,
            PublishedStatistic.Count => table.Count(group, "treff"),
            _ => table.DenominatorN(group),
        };
        if (v is null)
        {
            return false;
        }

        value = v.Value;
        return true;
    }
}
