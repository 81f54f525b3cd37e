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

    /// <summary>
    /// Secondary (complementary) suppression, on by default: when a table shows a total and its groups and exactly
    /// one group is hidden, that group could be worked out as the total minus the other groups; the smallest other
    /// group is then hidden as well. <see cref="WithoutComplementarySuppression"/> turns it off, and says so in notes.
    /// </summary>
    public bool ComplementarySuppression { get; private init; } = true;

    /// <summary>The same thresholds without secondary suppression (a hidden group may then be derivable from the total); printed in notes.</summary>
    public DisclosurePolicy WithoutComplementarySuppression() => this with
    {
        ComplementarySuppression = false,
        Description = Description + " (uten sekundær skjuling: en skjult gruppe kan i noen tabeller regnes ut som totalen minus de andre)",
    };

    /// <summary>
    /// The levels of a total and its groups (<paramref name="totalThenGroups"/>: n of the total first, then n per
    /// group), with secondary suppression (<see cref="ComplementarySuppression"/>): when exactly one group is below a
    /// level the total reaches, the smallest other group is lowered to the hidden group's level, so no hidden number can
    /// be recovered by subtraction. <c>Secondary[i]</c> is true for groups hidden only for that reason.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="totalThenGroups"/> is null.</exception>
    public (DisclosureLevel[] Levels, bool[] Secondary) LevelsForTotalAndGroups(IReadOnlyList<int> totalThenGroups)
    {
        ArgumentNullException.ThrowIfNull(totalThenGroups);
        var levels = totalThenGroups.Select(LevelFor).ToArray();
        var secondary = new bool[levels.Length];
        if (!ComplementarySuppression || IsDisabled || levels.Length < 3)
        {
            return (levels, secondary);
        }

        // First protect n and means (a group at Nothing), then distributions (a group below Full).
        foreach (var threshold in new[] { DisclosureLevel.MeansOnly, DisclosureLevel.Full })
        {
            if (levels[0] < threshold)
            {
                continue;
            }

            var below = Enumerable.Range(1, levels.Length - 1).Where(i => levels[i] < threshold).ToList();
            if (below.Count != 1)
            {
                continue;
            }

            var complement = Enumerable.Range(1, levels.Length - 1).Where(i => levels[i] >= threshold)
                .OrderBy(i => totalThenGroups[i]).ThenBy(i => i).FirstOrDefault(-1);
            if (complement > 0)
            {
                levels[complement] = threshold == DisclosureLevel.MeansOnly ? DisclosureLevel.Nothing : DisclosureLevel.MeansOnly;
                secondary[complement] = true;
            }
        }

        return (levels, secondary);
    }

    /// <summary>The note for a group hidden by secondary suppression.</summary>
    public static string SecondaryNote(string group) =>
        $"{Reporting.ReportCell.SuppressedMarker} «{group}»: skjult også (sekundær skjuling), ellers kunne en skjult gruppe regnes ut som totalen minus de andre gruppene.";

    /// <summary>The policy's name as chosen in code (printed in notes).</summary>
    public string Name { get; }

    /// <summary>The smallest group n (respondents) for which n and means are shown.</summary>
    public int MinimumForMeans { get; }

    /// <summary>The smallest group n (respondents) for which distributions (counts, percentages, min/max) are shown.</summary>
    public int MinimumForDistributions { get; }

    /// <summary>The rule in Norwegian, for notes.</summary>
    public string Description { get; private init; }

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

    /// <summary>The note every result computed under this policy carries when the policy is <see cref="None"/> or has secondary suppression turned off; null otherwise.</summary>
    public string? PolicyNote => IsDisabled || !ComplementarySuppression ? "Personvern: " + Description + "." : null;

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Description}";
}
