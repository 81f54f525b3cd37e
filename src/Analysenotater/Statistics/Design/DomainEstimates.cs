using System.Globalization;
using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Design;

/// <summary>
/// Design-based estimates by domain (as R <c>svyby</c>): each domain is estimated with the full design kept
/// (PSUs of the stratum that have no rows in the domain count as zeros). Immutable.
/// </summary>
public sealed class DomainEstimates : Result
{
    internal DomainEstimates(string title, IReadOnlyList<string> domains, IReadOnlyList<DesignEstimate> estimates, IReadOnlyList<string> notes, int? minimumN = null)
    {
        Title = title;
        Domains = domains;
        Estimates = estimates;
        Notes = notes;
        MinimumN = minimumN;
    }

    /// <summary>The caption.</summary>
    public string Title { get; }

    /// <summary>The domain labels, in ascending code order.</summary>
    public IReadOnlyList<string> Domains { get; }

    /// <summary>The estimate for each domain (same order as <see cref="Domains"/>).</summary>
    public IReadOnlyList<DesignEstimate> Estimates { get; }

    /// <summary>Notes (method, rows without a domain).</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <summary>The disclosure threshold used when rendering (domains with fewer rows are suppressed), or null.</summary>
    public int? MinimumN { get; }

    /// <summary>The estimate for a domain label.</summary>
    /// <exception cref="KeyNotFoundException">No such domain; the message lists the domains.</exception>
    public DesignEstimate this[string domain]
    {
        get
        {
            for (var i = 0; i < Domains.Count; i++)
            {
                if (Domains[i] == domain)
                {
                    return Estimates[i];
                }
            }

            throw new KeyNotFoundException($"No domain '{domain}'. Domains: {string.Join(", ", Domains)}.");
        }
    }

    /// <summary>A copy that suppresses every domain with fewer than <paramref name="minimumN"/> rows when rendered (disclosure control).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumN"/> is negative.</exception>
    public DomainEstimates WithDisclosureThreshold(int minimumN)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumN);
        return new DomainEstimates(Title, Domains, Estimates, Notes, minimumN);
    }

    /// <summary>
    /// A copy that applies a disclosure policy from <c>Analysenotater.Disclosure</c>: a proportion is a distribution
    /// (hidden below <see cref="Disclosure.DisclosurePolicy.MinimumForDistributions"/>); a mean, total or ratio is hidden below
    /// <see cref="Disclosure.DisclosurePolicy.MinimumForMeans"/>. Hidden domains show no number, not even n; the policy's
    /// note explains each.
    /// </summary>
    public DomainEstimates WithDisclosure(Disclosure.DisclosurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var proportion = Estimates.Count > 0 && Estimates[0].Statistic == DesignStatistic.Proportion;
        var threshold = proportion ? policy.MinimumForDistributions : policy.MinimumForMeans;
        var notes = Notes.ToList();
        var hidden = Domains.Where((_, i) => Estimates[i].N < threshold).ToList();
        if (hidden.Count > 0)
        {
            notes.Add($"Personvern ({policy.Name}): {string.Join(", ", hidden.Select(h => "«" + h + "»"))} har færre enn {threshold.ToString(CultureInfo.InvariantCulture)} svar; {policy.Description}.");
        }

        if (policy.PolicyNote is { } pn)
        {
            notes.Add(pn);
        }

        return new DomainEstimates(Title, Domains, Estimates, notes, threshold);
    }

    /// <summary>The table: one row per domain.</summary>
    public override ReportTable Summary()
    {
        var level = Estimates.Count > 0 ? Estimates[0].ConfidenceLevel : 0.95;
        var b = new ReportTableBuilder(Title, Columns(level));
        var suppressed = false;
        for (var i = 0; i < Domains.Count; i++)
        {
            b.Row(RowCells(Domains[i], Estimates[i], MinimumN));
            suppressed |= MinimumN is { } m && Estimates[i].N < m;
        }

        foreach (var n in Notes)
        {
            b.Note(n);
        }

        if (suppressed)
        {
            b.Note($"* Skjult: færre enn {MinimumN!.Value.ToString(CultureInfo.InvariantCulture)} svar i gruppen.");
        }

        return b.Build();
    }





    internal static string[] Columns(double level)
    {
        var pct = (level * 100).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
        return ["", "Estimat", "SE", $"{pct} % KI nedre", $"{pct} % KI øvre", "df", "Deff", "n"];
    }

    internal static ReportCell[] RowCells(string label, DesignEstimate e, int? minimumN)
    {
        if (minimumN is { } m && e.N < m)
        {
            return [ReportCell.FromText(label), ReportCell.Suppressed, ReportCell.Suppressed, ReportCell.Suppressed, ReportCell.Suppressed, ReportCell.Suppressed, ReportCell.Suppressed, ReportCell.Suppressed];
        }

        var decimals = e.Statistic == DesignStatistic.Total ? 0 : 3;
        return
        [
            ReportCell.FromText(label),
            ReportCell.FromNumber(e.Estimate, decimals),
            ReportCell.FromNumber(e.StandardError, decimals),
            ReportCell.FromNumber(e.Lower, decimals),
            ReportCell.FromNumber(e.Upper, decimals),
            ReportCell.FromCount((long)e.Df),
            ReportCell.FromNumber(e.Deff, 2),
            ReportCell.FromCount(e.N),
        ];
    }
}
