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
    /// Secondary (complementary) suppression, on by default: no hidden cell may be a linear combination of shown
    /// numbers (Gaussian elimination over the relations between cells, as Statistics Norway's GaussSuppression), and
    /// the respondents a shown total holds outside its shown groups must themselves pass the rule.
    /// <see cref="WithoutComplementarySuppression"/> turns it off, and says so in notes.
    /// </summary>
    public bool ComplementarySuppression { get; private init; } = true;

    /// <summary>The same thresholds without secondary suppression (a hidden group may then be derivable from the total); printed in notes.</summary>
    public DisclosurePolicy WithoutComplementarySuppression() => this with
    {
        ComplementarySuppression = false,
        Description = Description + " (uten sekundær skjuling: en skjult gruppe kan i noen tabeller regnes ut som totalen minus de andre)",
    };

    /// <summary>
    /// Percentages in every export (text, Markdown, HTML, CSV, JSON, xlsx) at full precision instead of the precision
    /// shown; only through <see cref="WithFullPrecision"/>, and printed in notes. Off by default: exports carry the
    /// rounded number people see, so unrounded shares cannot be turned back into counts.
    /// </summary>
    public bool FullPrecision { get; private init; }

    /// <summary>The same rule with percentages exported at full precision (named in every note).</summary>
    public DisclosurePolicy WithFullPrecision() => this with
    {
        FullPrecision = true,
        Description = Description + " (FullPrecision: prosenter eksporteres med full presisjon, ikke avrundet som vist)",
    };

    /// <summary>
    /// The dominance rule for weighted figures: a weighted group is hidden when one respondent carries more than this
    /// share (0–1) of the group's weight; null = not applied. Independently of it, a weighted figure is shown only when
    /// its unweighted group passes and its effective number of respondents (Kish: (Σw)² ÷ Σw²) passes the same rule.
    /// </summary>
    public double? DominanceShare { get; private init; }

    /// <summary>The same rule plus the dominance rule for weighted figures (no respondent above <paramref name="share"/> of a group's weight); named in notes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not in (0, 1].</exception>
    public DisclosurePolicy WithDominanceRule(double share)
    {
        if (!(share > 0 && share <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "The dominance share must be above 0 and at most 1.");
        }

        return this with { DominanceShare = share };
    }

    /// <summary>The dominance rule in Norwegian, for notes; null when not applied.</summary>
    public string? DominanceNote => DominanceShare is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"Dominansregel: en vektet gruppe skjules når én respondent har mer enn {d * 100:0.#} % av gruppens samlede vekt.")
        : null;

    /// <summary>
    /// The level of a weighted group: the lowest of the level of its unweighted n, the level of its effective n
    /// (Kish, (Σw)² ÷ Σw², rounded down) and — with <see cref="DominanceShare"/> — nothing when one respondent carries
    /// more than that share of the weight. <paramref name="n"/> is the unweighted n.
    /// </summary>
    public DisclosureLevel WeightedLevelFor(int n, double sumWeights, double sumSquaredWeights, double maxWeight)
    {
        if (IsDisabled)
        {
            return DisclosureLevel.Full;
        }

        var level = LevelFor(n);
        if (n == 0)
        {
            return level;
        }

        var effective = sumSquaredWeights > 0 ? sumWeights * sumWeights / sumSquaredWeights : 0;
        var byEffective = LevelFor((int)Math.Floor(effective + 1e-9));
        if (byEffective < level)
        {
            level = byEffective;
        }

        if (DominanceShare is { } share && sumWeights > 0 && maxWeight / sumWeights > share)
        {
            level = DisclosureLevel.Nothing;
        }

        return level;
    }

    /// <summary>The note for a group hidden by secondary suppression.</summary>
    public static string SecondaryNote(string group) =>
        $"{Reporting.ReportCell.SuppressedMarker} «{group}»: skjult også (sekundær skjuling), ellers kunne en skjult gruppe regnes ut fra totalen og de andre tallene.";

    /// <summary>The note for a group hidden (or shown with less) because, together with numbers already released from the same data, it would let a hidden group be worked out.</summary>
    public static string LedgerNote(string group) =>
        $"{Reporting.ReportCell.SuppressedMarker} «{group}»: skjult også (sekundær skjuling på tvers av tabeller), ellers kunne en skjult gruppe regnes ut sammen med tall som alt er vist fra de samme dataene.";

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

    /// <summary>
    /// The note for a group as decided (<paramref name="level"/>, <paramref name="secondary"/>) with judged n
    /// <paramref name="n"/>: the threshold rule, the secondary-suppression note, or — when weights lowered it — the
    /// weights rule; null when the group is shown in full.
    /// </summary>
    public string? NoteFor(string group, int n, DisclosureLevel level, bool secondary)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (level == DisclosureLevel.Full)
        {
            return null;
        }

        if (secondary)
        {
            return SecondaryNote(group);
        }

        return LevelFor(n) == level ? NoteFor(group, n)
            : string.Create(CultureInfo.InvariantCulture,
                $"{Reporting.ReportCell.SuppressedMarker} «{group}»: {(level == DisclosureLevel.Nothing ? "skjult" : "bare antall og gjennomsnitt vises")} fordi vektene hviler på for få respondenter (effektivt antall (Σw)²/Σw² under grensen{(DominanceShare is null ? "" : ", eller dominansregelen")}; {Description}).");
    }

    /// <summary>The note every result computed under this policy carries when the policy is <see cref="None"/> or has secondary suppression turned off; null otherwise.</summary>
    public string? PolicyNote => IsDisabled || !ComplementarySuppression || FullPrecision ? "Personvern: " + Description + "." : null;

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Description}";
}
