using System.Globalization;
using Analysenotater.Reporting;
using Analysenotater.Statistics.Distributions;

namespace Analysenotater.Statistics.Representativeness;

/// <summary>
/// The sample against reference margins, laid out like Tabell 1 of the KoRus 2017 report («Utvalgets representativitet
/// sammenlignet med BrukerPlan 2016»): both columns, the difference, the standardised difference and a z-test per row.
/// Immutable. Usage: <c>RepresentativenessTable.Compare(ReferenceMarginsCsv.Read(path))</c>.
/// </summary>
public sealed class RepresentativenessTable : Result
{
    private RepresentativenessTable(IReadOnlyList<RepresentativenessRow> rows, string sampleLabel, string referenceLabel, int? minimumN, int? minimumNForMeans, IReadOnlyList<string> notes)
    {
        Rows = rows;
        SampleLabel = sampleLabel;
        ReferenceLabel = referenceLabel;
        MinimumN = minimumN;
        MinimumNForMeans = minimumNForMeans ?? minimumN;
        Notes = notes;
    }

    /// <summary>The computed rows in input order.</summary>
    public IReadOnlyList<RepresentativenessRow> Rows { get; }

    /// <summary>The sample column's header.</summary>
    public string SampleLabel { get; }

    /// <summary>The reference column's header.</summary>
    public string ReferenceLabel { get; }

    /// <summary>Share rows with a sample n below this are suppressed when rendered (disclosure control); null for none.</summary>
    public int? MinimumN { get; }

    /// <summary>Mean rows with a sample n below this are suppressed when rendered; null for none.</summary>
    public int? MinimumNForMeans { get; }

    /// <summary>Method notes.</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <summary>The row with this label.</summary>
    /// <exception cref="KeyNotFoundException">No such row; the message lists the labels.</exception>
    public RepresentativenessRow this[string label] => Rows.FirstOrDefault(r => r.Margin.Label == label)
        ?? throw new KeyNotFoundException($"No row '{label}'. Rows: {string.Join(", ", Rows.Select(r => r.Margin.Label))}.");

    /// <summary>Computes the table.</summary>
    /// <param name="margins">The rows.</param>
    /// <param name="sampleLabel">Header of the sample column.</param>
    /// <param name="referenceLabel">Header of the reference column.</param>
    /// <param name="minimumN">
    /// A disclosure threshold of the caller's: rows with a known sample n below it are suppressed. Null (the default) = the
    /// default policy (<see cref="Disclosure.AnalysisContext.Default"/>): no default shows a small row.
    /// </param>
    /// <exception cref="ArgumentException">A percentage outside 0–100 or a non-positive n; the message names the row.</exception>
    public static RepresentativenessTable Compare(IReadOnlyList<ReferenceMargin> margins, string sampleLabel = "Utvalget", string referenceLabel = "BrukerPlan 2016", int? minimumN = null)
        => minimumN is null ? Compare(margins, Disclosure.AnalysisContext.Default.Disclosure, sampleLabel, referenceLabel)
            : Compare(margins, sampleLabel, referenceLabel, minimumN, minimumN, null);

    /// <summary>
    /// Computes the table under a disclosure policy: share rows are hidden below the policy's minimum for distributions,
    /// mean rows below its minimum for means (hidden rows show only the reference value).
    /// </summary>
    public static RepresentativenessTable Compare(IReadOnlyList<ReferenceMargin> margins, Disclosure.DisclosurePolicy policy, string sampleLabel = "Utvalget", string referenceLabel = "BrukerPlan 2016")
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Compare(margins, sampleLabel, referenceLabel, policy.MinimumForDistributions, policy.MinimumForMeans, policy);
    }

    private static RepresentativenessTable Compare(IReadOnlyList<ReferenceMargin> margins, string sampleLabel, string referenceLabel, int? minimumN, int? minimumNForMeans, Disclosure.DisclosurePolicy? policy)
    {
        ArgumentNullException.ThrowIfNull(margins);
        var rows = new List<RepresentativenessRow>();
        var onlySampleSd = false;
        foreach (var m in margins)
        {
            ArgumentNullException.ThrowIfNull(m);
            if (m.SampleN is < 1)
            {
                throw new ArgumentException($"Row '{m.Label}': sample n {m.SampleN} must be positive.", nameof(margins));
            }

            double std = double.NaN, z = double.NaN, p = double.NaN;
            if (m.Unit == MarginUnit.Percent)
            {
                if (m.SampleValue is < 0 or > 100 || m.ReferenceValue is < 0 or > 100 || double.IsNaN(m.SampleValue) || double.IsNaN(m.ReferenceValue))
                {
                    throw new ArgumentException($"Row '{m.Label}': percentages must lie in 0–100 (sample {m.SampleValue.ToString(CultureInfo.InvariantCulture)}, reference {m.ReferenceValue.ToString(CultureInfo.InvariantCulture)}).", nameof(margins));
                }

                var ps = m.SampleValue / 100;
                var pr = m.ReferenceValue / 100;
                std = ShareTest.StandardisedDifference(ps, pr);
                if (m.SampleN is { } n && pr is > 0 and < 1)
                {
                    z = ShareTest.Z(ps, n, pr);
                    p = Probability.TwoSidedNormal(z);
                }
            }
            else
            {
                if (m.SampleSd is { } s1)
                {
                    if (m.ReferenceSd is { } s2)
                    {
                        std = (m.SampleValue - m.ReferenceValue) / Math.Sqrt(((s1 * s1) + (s2 * s2)) / 2);
                    }
                    else
                    {
                        std = (m.SampleValue - m.ReferenceValue) / s1;
                        onlySampleSd = true;
                    }

                    if (m.SampleN is { } n)
                    {
                        z = (m.SampleValue - m.ReferenceValue) / (s1 / Math.Sqrt(n));
                        p = Probability.TwoSidedNormal(z);
                    }
                }
            }

            rows.Add(new RepresentativenessRow(m, m.SampleValue - m.ReferenceValue, std, z, p));
        }

        var notes = new List<string>
        {
            "Differanse = utvalg − referanse, i prosentpoeng for andeler.",
            "Standardisert differanse = differansen delt på samlet standardavvik, √((p₁(1−p₁) + p₂(1−p₂))/2) for andeler; |d| > 0,1 regnes ofte som en merkbar skjevhet (Austin 2009).",
            "z-test mot referansen som kjent verdi: z = (p − p₀)/√(p₀(1−p₀)/n), tosidig p (som prop.test uten kontinuitetskorreksjon). Ingen test uten kjent n (eller SD for gjennomsnitt).",
        };
        if (onlySampleSd)
        {
            notes.Add("For gjennomsnitt uten referanse-SD er differansen standardisert med utvalgets SD.");
        }

        if (policy?.PolicyNote is { } pn)
        {
            notes.Add(pn);
        }

        return new RepresentativenessTable(rows, sampleLabel, referenceLabel, minimumN, minimumNForMeans, notes);
    }

    /// <summary>The Tabell 1 layout.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder("Utvalgets representativitet sammenlignet med referansen", "Kjennetegn", SampleLabel, ReferenceLabel, "Differanse", "Std. diff.", "z", "p", "n");
        var suppressed = false;
        foreach (var r in Rows)
        {
            var m = r.Margin;
            var threshold = m.Unit == MarginUnit.Percent ? MinimumN : MinimumNForMeans;
            var hide = threshold is { } min && m.SampleN is { } n && n < min;
            suppressed |= hide;
            ReportCell Value(double v) => m.Unit == MarginUnit.Percent ? ReportCell.FromPercent(v, 0) : ReportCell.FromNumber(v, 1);
            b.Row(
                ReportCell.FromText(m.Label),
                hide ? ReportCell.Suppressed : Value(m.SampleValue),
                Value(m.ReferenceValue),
                hide ? ReportCell.Suppressed : ReportCell.FromNumber(r.Difference, 1),
                hide ? ReportCell.Suppressed : ReportCell.FromNumber(r.StandardisedDifference, 2),
                hide ? ReportCell.Suppressed : ReportCell.FromNumber(r.Z, 2),
                hide ? ReportCell.Suppressed : ReportCell.FromPValue(r.P),
                hide ? ReportCell.Suppressed : m.SampleN is { } sn ? ReportCell.FromCount(sn) : ReportCell.Empty);
        }

        foreach (var n in Notes)
        {
            b.Note(n);
        }

        if (suppressed)
        {
            b.Note($"* Skjult: færre enn {MinimumN!.Value.ToString(CultureInfo.InvariantCulture)} svar for andeler{(MinimumNForMeans != MinimumN ? $", {MinimumNForMeans?.ToString(CultureInfo.InvariantCulture)} for gjennomsnitt" : "")}.");
        }

        foreach (var m in Rows.Select(r => r.Margin).Where(m => m.Note.Length > 0))
        {
            b.Note($"{m.Label}: {m.Note}");
        }

        return b.Build();
    }
}
