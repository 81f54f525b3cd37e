using System.Globalization;
using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Design;

/// <summary>
/// Design-based estimates by domain (as R <c>svyby</c>): each domain is estimated with the full design kept
/// (PSUs of the stratum that have no rows in the domain count as zeros). Immutable.
/// </summary>
public sealed class DomainEstimates : Result
{
    internal DomainEstimates(string title, IReadOnlyList<string> domains, IReadOnlyList<DesignEstimate> estimates, IReadOnlyList<string> notes,
        int? minimumN = null, Analysenotater.Disclosure.DisclosurePolicy? policy = null, Analysenotater.Disclosure.ReleaseProposal? release = null)
    {
        Title = title;
        Domains = domains;
        policy ??= Analysenotater.Disclosure.DisclosurePolicy.KoRus2017;
        Disclosure = policy;

        // One released table: the domains and their total decided together (a hidden domain's n and sum must not be
        // the total minus the others; hidden domains together must pass the rule).
        var atoms = estimates.Select(e => new[] { e.JudgedN }).ToList();
        var blocks = new List<Analysenotater.Disclosure.SuppressionBlock> { new("Totalt", [.. Enumerable.Range(0, atoms.Count)], Analysenotater.Disclosure.BlockRole.Total) };
        blocks.AddRange(domains.Select((d, i) => new Analysenotater.Disclosure.SuppressionBlock(d, [i], Analysenotater.Disclosure.BlockRole.Group)));
        var (levels, secondary) = atoms.Count == 0 ? ([], []) : Analysenotater.Disclosure.GroupSuppression.Decide(policy, atoms, [true], [[1]], blocks);
        var released = estimates.Select((e, i) => e.Released(policy, levels[i + 1], secondary[i + 1])).ToArray();

        // Across releases: the domains are groups of the dataset's release ledger; a domain that would give a hidden
        // group together with what was released before from the same data is hidden too.
        var ledgerHidden = new bool[released.Length];
        if (release is not null && released.Length > 0)
        {
            var needed = estimates.Select(e => e.Statistic == DesignStatistic.Proportion ? Analysenotater.Disclosure.DisclosureLevel.Full : Analysenotater.Disclosure.DisclosureLevel.MeansOnly).ToArray();
            var own = released.Select((e, i) => e.Shown ? needed[i] : Analysenotater.Disclosure.DisclosureLevel.Nothing).ToArray();
            var decision = Analysenotater.Disclosure.ReleaseLedger.Of(release.Data).Settle(release with { Policy = policy }, caps => [.. own.Select((l, i) => l < caps[i] ? l : caps[i])]);
            for (var i = 0; i < released.Length; i++)
            {
                if (decision.LoweredByLedger[i] && decision.Levels[i] < needed[i] && released[i].Shown)
                {
                    released[i] = released[i].WithheldByLedger();
                    ledgerHidden[i] = true;
                }
            }
        }

        Estimates = released;
        var all = notes.ToList();
        for (var i = 0; i < domains.Count; i++)
        {
            if (!Estimates[i].Shown)
            {
                all.Add(ledgerHidden[i] ? Analysenotater.Disclosure.DisclosurePolicy.LedgerNote(domains[i])
                    : Estimates[i].IsSecondarySuppressed
                    ? Analysenotater.Disclosure.DisclosurePolicy.SecondaryNote(domains[i])
                    : $"{ReportCell.SuppressedMarker} «{domains[i]}»: skjult fordi domenet har for få svar ({policy.Name}: {policy.Description}).");
            }
        }

        if (policy.PolicyNote is { } pn)
        {
            all.Add(pn);
        }

        Notes = [.. all.Distinct()];
        MinimumN = minimumN;
        _rawEstimates = estimates;
        _rawNotes = notes;
        _release = release;
    }

    private readonly Analysenotater.Disclosure.ReleaseProposal? _release;

    private readonly IReadOnlyList<DesignEstimate> _rawEstimates;
    private readonly IReadOnlyList<string> _rawNotes;

    /// <summary>The disclosure policy applied (default KoRus 2017); every domain obeys it.</summary>
    public Analysenotater.Disclosure.DisclosurePolicy Disclosure { get; }

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
        return new DomainEstimates(Title, Domains, _rawEstimates, _rawNotes, minimumN,
            minimumN == 0 ? Analysenotater.Disclosure.DisclosurePolicy.None : Analysenotater.Disclosure.DisclosurePolicy.Custom($"minst {minimumN.ToString(CultureInfo.InvariantCulture)}", minimumN, minimumN), _release);
    }

    /// <summary>
    /// A copy under another disclosure policy from <c>Analysenotater.Disclosure</c> (the default is KoRus 2017): a
    /// proportion is a distribution (hidden below <see cref="Analysenotater.Disclosure.DisclosurePolicy.MinimumForDistributions"/>); a
    /// mean, total or ratio is hidden below <see cref="Analysenotater.Disclosure.DisclosurePolicy.MinimumForMeans"/>, with secondary
    /// suppression across the domains. Hidden domains show no number, not even n; notes explain each.
    /// </summary>
    public DomainEstimates WithDisclosure(Analysenotater.Disclosure.DisclosurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new DomainEstimates(Title, Domains, _rawEstimates, _rawNotes, MinimumN, policy, _release);
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
            suppressed |= MinimumN is { } m && Estimates[i].Shown && Estimates[i].N < m;
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
        if (!e.Shown || (minimumN is { } m && e.N < m))
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
