namespace Analysenotater.Scoring;

/// <summary>
/// The KoRus 2017 indicator rule (Vedlegg 2): items scored by their code (1–5, or 1–4 for HSCL-10), «ikke aktuelt»
/// and «har ikke» missing, the sum divided by the maximum possible and multiplied by 100, and a respondent scored
/// only when more than half of the items are answered. Step 5 ("divided by the maximum possible if all are
/// answered") has two readings for partial answers, both available:
/// <list type="bullet">
/// <item><description><b>prorated</b> (<c>korus-sum-max-prorated</c>): sum ÷ (Σ max of the answered items) × 100 = 100 × mean/max;</description></item>
/// <item><description><b>full</b> (<c>korus-sum-max-full</c>): sum ÷ (Σ max of all items) × 100.</description></item>
/// </list>
/// Step 1 ("all who answered «ikke aktuelt» are excluded") is read as item-level missing by default; the
/// <c>-drop-na</c> variants drop such respondents from the indicator altogether.
/// </summary>
public sealed class KoRusSumMaxRule : ScoringRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="prorated">True for the prorated reading, false for the full reading.</param>
    /// <param name="dropRespondentsWithNotApplicable">True to drop any respondent who answered «ikke aktuelt»/«har ikke» on an item.</param>
    public KoRusSumMaxRule(bool prorated, bool dropRespondentsWithNotApplicable = false)
        : base(
            (prorated ? "korus-sum-max-prorated" : "korus-sum-max-full") + (dropRespondentsWithNotApplicable ? "-drop-na" : ""),
            prorated ? "KoRus sumskåre (delt på maks for besvarte spørsmål)" : "KoRus sumskåre (delt på maks for alle spørsmål)",
            (prorated
                ? "Sum av svarene delt på høyeste mulige sum for de besvarte spørsmålene, ganget med 100"
                : "Sum av svarene delt på høyeste mulige sum om alle spørsmålene var besvart, ganget med 100")
            + "; skåres bare når over halvparten av spørsmålene er besvart; «ikke aktuelt» og «har ikke» regnes som manglende"
            + (dropRespondentsWithNotApplicable ? ", og respondenter som har svart «ikke aktuelt»/«har ikke» på noe spørsmål utelates" : "")
            + " (KoRus 2017, Vedlegg 2).",
            MinimumAnswered.MoreThanHalf)
    {
        Prorated = prorated;
        DropsNotApplicable = dropRespondentsWithNotApplicable;
    }

    /// <summary>True for the prorated reading of step 5.</summary>
    public bool Prorated { get; }

    private bool DropsNotApplicable { get; }

    /// <inheritdoc />
    public override bool DropsRespondentsWithNotApplicable => DropsNotApplicable;

    /// <inheritdoc />
    /// <remarks>The low end is the all-lowest complete answer (20 on 1–5, 25 on 1–4); under the full reading a partial all-lowest answer can go lower.</remarks>
    public override (double Low, double High) ScoreRange(IReadOnlyList<(double Min, double Max)> itemRanges)
    {
        ArgumentNullException.ThrowIfNull(itemRanges);
        var sumMin = itemRanges.Sum(r => r.Min);
        var sumMax = itemRanges.Sum(r => r.Max);
        if (Prorated)
        {
            return (100 * sumMin / sumMax, 100);
        }

        // Smallest number of items that passes "more than half", all at their minimum.
        var k = itemRanges.Count;
        var needed = (k / 2) + 1;
        var lowest = itemRanges.Select(r => r.Min).Order().Take(needed).Sum();
        return (100 * lowest / sumMax, 100);
    }

    /// <inheritdoc />
    protected override double Compute(ReadOnlySpan<double> values, ReadOnlySpan<double> min, ReadOnlySpan<double> max)
    {
        double sum = 0, denominator = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                sum += values[i];
                denominator += max[i];
            }
            else if (!Prorated)
            {
                denominator += max[i];
            }
        }

        return 100 * sum / denominator;
    }
}
