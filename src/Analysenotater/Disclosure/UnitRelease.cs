using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Reporting;

namespace Analysenotater.Disclosure;

/// <summary>
/// Whether a unit's report may be made at all — «færre enn 5 svar → ingen rapport» (seed 001) or any policy's means
/// threshold: with fewer respondents than <see cref="DisclosurePolicy.MinimumForMeans"/> nothing of the unit is shown —
/// no table, chart, comment or word — only <see cref="Message"/>. Check <see cref="MayReport"/> before every output.
/// </summary>
public sealed class UnitRelease : Result
{
    private UnitRelease(string unit, int respondents, DisclosurePolicy policy)
    {
        Unit = unit;
        Policy = policy;
        MayReport = policy.IsDisabled || respondents >= policy.MinimumForMeans;
    }

    /// <summary>The unit (for example the municipality or service).</summary>
    public string Unit { get; }

    /// <summary>The rule applied.</summary>
    public DisclosurePolicy Policy { get; }

    /// <summary>True when the unit has enough respondents for a report.</summary>
    public bool MayReport { get; }

    /// <summary>The message shown instead of the report (bokmål); it does not give the number of respondents.</summary>
    public string Message => MayReport
        ? string.Create(CultureInfo.InvariantCulture, $"{Unit}: rapporten lages ({Policy.Description}).")
        : string.Create(CultureInfo.InvariantCulture, $"{Unit}: færre enn {Policy.MinimumForMeans} har svart, så det lages ingen rapport, for å ivareta anonymiteten ({Policy.Description}).");

    /// <summary>The decision for <paramref name="data"/> (one row per respondent) under <paramref name="context"/> (default KoRus 2017).</summary>
    public static UnitRelease For(SurveyDataset data, string unit, AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        return new UnitRelease(unit, data.RowCount, (context ?? AnalysisContext.Default).Disclosure);
    }

    /// <inheritdoc />
    public override ReportTable Summary() => new ReportTableBuilder(Unit, "Personvern").Row(ReportCell.FromText(Message)).Build();
}
