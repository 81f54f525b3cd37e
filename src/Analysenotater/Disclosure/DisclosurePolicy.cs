using System.Globalization;

namespace Analysenotater.Disclosure;

/// <summary>
/// A disclosure-control rule applied to every group and cell a table or indicator emits. Choose one by name:
/// <see cref="KoRus2017"/> (the default of <see cref="AnalysisContext"/>), <see cref="MinimumFive"/>, or — for internal
/// microdata work only — <see cref="None"/>, which is printed in the notes of every result it touches.
/// </summary>
public sealed record DisclosurePolicy
{
    private DisclosurePolicy(string name, int minimumForMeans, int minimumForDistributions, string description)
    {
        Name = name;
        MinimumForMeans = minimumForMeans;
        MinimumForDistributions = minimumForDistributions;
        Description = description;
    }

    /// <summary>
    /// KoRus-Midt 2017, Vedlegg 3: fewer than 4 respondents → nothing; 4–10 → means only; 11 or more → means and
    /// percentage distributions.
    /// </summary>
    public static DisclosurePolicy KoRus2017 { get; } = new("KoRus2017", 4, 11,
        "KoRus 2017-regelen: færre enn 4 svar gir ingen resultater, 4–10 svar bare gjennomsnitt, 11 eller flere svar gjennomsnitt og prosentfordelinger");

    /// <summary>«Færre enn 5 → ingen rapport»: groups with fewer than 5 respondents show nothing; 5 or more show everything.</summary>
    public static DisclosurePolicy MinimumFive { get; } = new("MinimumFive", 5, 5,
        "minst 5-regelen: færre enn 5 svar gir ingen rapport");

    /// <summary>
    /// No disclosure control, for internal work on microdata only. Must be chosen by name; every result computed
    /// under it carries a note saying so.
    /// </summary>
    public static DisclosurePolicy None { get; } = new("None", 0, 0,
        "INGEN skjuling av små grupper (DisclosurePolicy.None er valgt eksplisitt; kun for internt arbeid med mikrodata, ikke for publisering)");

    /// <summary>
    /// A custom policy: groups with fewer than <paramref name="minimumForMeans"/> respondents show nothing, groups with
    /// fewer than <paramref name="minimumForDistributions"/> show n and means only.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is below 1, or distributions are allowed before means.</exception>
    public static DisclosurePolicy Custom(string name, int minimumForMeans, int minimumForDistributions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumForMeans, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumForDistributions, minimumForMeans);
        return new DisclosurePolicy(name, minimumForMeans, minimumForDistributions,
            string.Create(CultureInfo.InvariantCulture, $"regelen «{name}»: færre enn {minimumForMeans} svar gir ingen resultater, færre enn {minimumForDistributions} bare gjennomsnitt"));
    }

    /// <summary>The policy's name as chosen in code (printed in notes).</summary>
    public string Name { get; }

    /// <summary>The smallest group n (respondents) for which n and means are shown.</summary>
    public int MinimumForMeans { get; }

    /// <summary>The smallest group n (respondents) for which distributions (counts, percentages, min/max) are shown.</summary>
    public int MinimumForDistributions { get; }

    /// <summary>The rule in Norwegian, for notes.</summary>
    public string Description { get; }

    /// <summary>True for <see cref="None"/>: nothing is suppressed.</summary>
    public bool IsDisabled => MinimumForMeans == 0;

    /// <summary>What may be shown for a group of <paramref name="n"/> respondents.</summary>
    public DisclosureLevel LevelFor(int n) =>
        n >= MinimumForDistributions ? DisclosureLevel.Full
        : n >= MinimumForMeans ? DisclosureLevel.MeansOnly
        : DisclosureLevel.Nothing;

    /// <summary>The note explaining why a group of <paramref name="n"/> respondents (named <paramref name="group"/>) is partly or wholly hidden; null when nothing is hidden.</summary>
    public string? NoteFor(string group, int n)
    {
        ArgumentNullException.ThrowIfNull(group);
        return LevelFor(n) switch
        {
            DisclosureLevel.Nothing => string.Create(CultureInfo.InvariantCulture,
                $"{Reporting.ReportCell.SuppressedMarker} «{group}»: skjult fordi gruppen har færre enn {MinimumForMeans} svar ({Description})."),
            DisclosureLevel.MeansOnly => string.Create(CultureInfo.InvariantCulture,
                $"{Reporting.ReportCell.SuppressedMarker} «{group}»: bare antall og gjennomsnitt vises fordi gruppen har færre enn {MinimumForDistributions} svar ({Description})."),
            _ => null,
        };
    }

    /// <summary>The note every result computed under this policy carries when the policy is <see cref="None"/>; null otherwise.</summary>
    public string? PolicyNote => IsDisabled ? "Personvern: " + Description + "." : null;

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Description}";
}
