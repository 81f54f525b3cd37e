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
    private MunicipalitySizeRepresentativeness(IReadOnlyList<string> groups, IReadOnlyList<double> referenceShares, string referenceLabel, GoodnessOfFitResult respondents, GoodnessOfFitResult municipalities)
    {
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

    /// <summary>The test on respondent counts.</summary>
    public GoodnessOfFitResult Respondents { get; }

    /// <summary>The test on municipality counts.</summary>
    public GoodnessOfFitResult Municipalities { get; }

    /// <summary>Compares both distributions with the reference shares (any scale: 49/39/12 or 0.49/…).</summary>
    /// <exception cref="ArgumentException">Lengths differ or counts/shares are invalid.</exception>
    public static MunicipalitySizeRepresentativeness Compare(IReadOnlyList<long> respondentCounts, IReadOnlyList<long> municipalityCounts, IReadOnlyList<double> referenceShares, IReadOnlyList<string>? groups = null, string referenceLabel = "BrukerPlan 2016", GoodnessOfFitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(referenceShares);
        groups ??= ["Liten", "Mellomstor", "Stor"];
        var r = ChiSquareGoodnessOfFit.Test(respondentCounts, referenceShares, groups, options, "Respondenter etter kommunestørrelse");
        var m = ChiSquareGoodnessOfFit.Test(municipalityCounts, referenceShares, groups, options, "Kommuner etter kommunestørrelse");
        var sum = referenceShares.Sum();
        return new MunicipalitySizeRepresentativeness(groups, referenceShares.Select(s => s / sum).ToArray(), referenceLabel, r, m);
    }

    /// <summary>The side-by-side table with both tests in the notes.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder("Kommunestørrelse: utvalg og referanse", "Kommunestørrelse", "Respondenter", "Respondenter %", "Kommuner", "Kommuner %", ReferenceLabel + " %");
        double nr = Respondents.N, nm = Municipalities.N;
        for (var i = 0; i < Groups.Count; i++)
        {
            b.Row(ReportCell.FromText(Groups[i]), ReportCell.FromCount(Respondents.Observed[i]), ReportCell.FromPercent(100 * Respondents.Observed[i] / nr, 0), ReportCell.FromCount(Municipalities.Observed[i]), ReportCell.FromPercent(100 * Municipalities.Observed[i] / nm, 0), ReportCell.FromPercent(100 * ReferenceShares[i], 0));
        }

        b.Row(ReportCell.FromText("Totalt"), ReportCell.FromCount(Respondents.N), ReportCell.FromPercent(100, 0), ReportCell.FromCount(Municipalities.N), ReportCell.FromPercent(100, 0), ReportCell.FromPercent(100, 0));
        foreach (var (name, t) in new[] { ("Respondenter", Respondents), ("Kommuner", Municipalities) })
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
