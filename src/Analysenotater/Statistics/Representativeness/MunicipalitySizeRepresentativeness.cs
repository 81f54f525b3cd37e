using Analysenotater.Disclosure;
using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Representativeness;

/// <summary>
/// Municipality size against the reference in two ways at once: the respondents' distribution over size groups and the
/// sampled municipalities' distribution, each with a χ² goodness-of-fit test (exact when expected counts are small, as
/// for 20 municipalities). The report's text (41 % vs 12 % large …) does not say which base it uses; this shows both.
/// Immutable. Usage: <c>MunicipalitySizeRepresentativeness.Compare([53, 67, 371], [7, 4, 9], [49, 39, 12])</c>.
/// </summary>
public sealed class MunicipalitySizeRepresentativeness : Result
{
    private MunicipalitySizeRepresentativeness(IReadOnlyList<string> groups, IReadOnlyList<double> referenceShares, string referenceLabel, GoodnessOfFitResult respondents, GoodnessOfFitResult municipalities,
        IReadOnlyList<DisclosureLevel> respondentLevels, DisclosurePolicy policy)
    {
        RespondentLevels = respondentLevels;
        Policy = policy;
        Groups = groups;
        ReferenceShares = referenceShares;
        ReferenceLabel = referenceLabel;
        Respondents = respondents;
        Municipalities = municipalities;
    }

    /// <summary>Size-group labels.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>Reference shares (0–1, rescaled to sum to 1).</summary>
    public IReadOnlyList<double> ReferenceShares { get; }

    /// <summary>The reference's name.</summary>
    public string ReferenceLabel { get; }

    /// <summary>
    /// Per size group: the disclosure level of its respondent count, decided as one table (<see cref="GroupRelease"/>:
    /// the groups and Totalt, with secondary suppression). A group below «n and means» shows «*» for its respondents and
    /// their share in <see cref="Summary"/>, and the χ² test on respondents is then withheld (with the total and the
    /// reference shares known, χ² gives the hidden count back).
    /// </summary>
    public IReadOnlyList<DisclosureLevel> RespondentLevels { get; }

    /// <summary>The disclosure policy the respondent counts were decided under.</summary>
    public DisclosurePolicy Policy { get; }

    /// <summary>True when a size group's respondent count (and so the respondents' χ² test) is withheld.</summary>
    public bool RespondentsSuppressed => RespondentLevels.Any(l => l < DisclosureLevel.MeansOnly);

    /// <summary>The test on respondent counts, as the caller's counts give it (unreleased input: <see cref="Summary"/> shows what may be released).</summary>
    public GoodnessOfFitResult Respondents { get; }

    /// <summary>The test on municipality counts.</summary>
    public GoodnessOfFitResult Municipalities { get; }

    /// <summary>Compares both distributions with the reference shares (any scale: 49/39/12 or 0.49/…).</summary>
    /// <exception cref="ArgumentException">Lengths differ or counts/shares are invalid.</exception>
    public static MunicipalitySizeRepresentativeness Compare(IReadOnlyList<long> respondentCounts, IReadOnlyList<long> municipalityCounts, IReadOnlyList<double> referenceShares, IReadOnlyList<string>? groups = null, string referenceLabel = "BrukerPlan 2016", GoodnessOfFitOptions? options = null,
        AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(referenceShares);
        groups ??= ["Liten", "Mellomstor", "Stor"];
        var r = ChiSquareGoodnessOfFit.Test(respondentCounts, referenceShares, groups, options, "Respondenter etter kommunestørrelse");
        var m = ChiSquareGoodnessOfFit.Test(municipalityCounts, referenceShares, groups, options, "Kommuner etter kommunestørrelse");
        var sum = referenceShares.Sum();
        var policy = (context ?? AnalysisContext.Default).Disclosure;
        var counts = r.Observed.Select(c => (int)Math.Min(c, int.MaxValue)).ToList();
        var levels = GroupRelease.Decide(policy, counts, 0, [.. groups]).Levels;
        return new MunicipalitySizeRepresentativeness(groups, referenceShares.Select(s => s / sum).ToArray(), referenceLabel, r, m, levels, policy);
    }

    /// <summary>The side-by-side table with both tests in the notes.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder("Kommunestørrelse: utvalg og referanse", "Kommunestørrelse", "Respondenter", "Respondenter %", "Kommuner", "Kommuner %", ReferenceLabel + " %");
        double nr = Respondents.N, nm = Municipalities.N;
        for (var i = 0; i < Groups.Count; i++)
        {
            var shown = RespondentLevels[i] >= DisclosureLevel.MeansOnly;
            b.Row(ReportCell.FromText(Groups[i]), shown ? ReportCell.FromCount(Respondents.Observed[i]) : ReportCell.Suppressed,
                shown ? ReportCell.FromPercent(100 * Respondents.Observed[i] / nr, 0) : ReportCell.Suppressed,
                ReportCell.FromCount(Municipalities.Observed[i]), ReportCell.FromPercent(100 * Municipalities.Observed[i] / nm, 0), ReportCell.FromPercent(100 * ReferenceShares[i], 0));
        }

        b.Row(ReportCell.FromText("Totalt"), ReportCell.FromCount(Respondents.N), ReportCell.FromPercent(100, 0), ReportCell.FromCount(Municipalities.N), ReportCell.FromPercent(100, 0), ReportCell.FromPercent(100, 0));
        if (RespondentsSuppressed)
        {
            b.Note($"* Skjult etter personvernregelen ({Policy.Description}): størrelsesgrupper med for få respondenter, og grupper som ellers ville gitt dem ved subtraksjon fra totalen. Testen på respondenter vises derfor ikke (den ville gitt antallet tilbake).");
        }

        foreach (var (name, t) in RespondentsSuppressed ? new[] { ("Kommuner", Municipalities) } : new[] { ("Respondenter", Respondents), ("Kommuner", Municipalities) })
        {
            var method = t.Method switch
            {
                GoodnessOfFitMethod.Exact => "eksakt",
                GoodnessOfFitMethod.MonteCarlo => "Monte Carlo",
                _ => "asymptotisk",
            };
            b.Note($"{name}: χ² = {NorwegianFormat.Number(t.Statistic, 2)}, df = {t.Df}, {GoodnessOfFitResult.PText(t.P)} ({method}).");
            foreach (var n in t.Notes)
            {
                b.Note($"{name}: {n}");
            }
        }

        b.Note("Respondentene er klynget i kommuner; testen på respondenter behandler dem som uavhengige og overdriver derfor styrken. Testen på kommuner har rett enhet, men få observasjoner.");
        return b.Build();
    }
}
