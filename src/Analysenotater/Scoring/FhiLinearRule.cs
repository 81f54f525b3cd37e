namespace Analysenotater.Scoring;

/// <summary>
/// FHI-style linear 0–100 score (<c>fhi-linear-0-100</c>): each answered item is rescaled as
/// (x − min) ÷ (max − min) × 100 using its scale's lowest and highest valid code, and the respondent's score is the
/// mean of the rescaled items; scored when at least half of the items are answered.
/// </summary>
public sealed class FhiLinearRule : ScoringRule
{
    /// <summary>Creates the rule.</summary>
    public FhiLinearRule()
        : base("fhi-linear-0-100", "Lineær skår 0–100 (FHI)",
            "Hvert besvart spørsmål omregnes lineært til 0–100, (svar − laveste) ÷ (høyeste − laveste) × 100, og skåren er gjennomsnittet; skåres når minst halvparten av spørsmålene er besvart; «ikke aktuelt» og «har ikke» regnes som manglende.",
            MinimumAnswered.AtLeastHalf)
    {
    }

    /// <inheritdoc />
    public override (double Low, double High) ScoreRange(IReadOnlyList<(double Min, double Max)> itemRanges) => (0, 100);

    /// <inheritdoc />
    protected override double Compute(ReadOnlySpan<double> values, ReadOnlySpan<double> min, ReadOnlySpan<double> max)
    {
        double sum = 0;
        var n = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                if (max[i] <= min[i])
                {
                    throw new InvalidOperationException($"Rule '{Id}': item {i + 1} has no range (min {min[i]}, max {max[i]}).");
                }

                sum += (values[i] - min[i]) / (max[i] - min[i]) * 100;
                n++;
            }
        }

        return sum / n;
    }
}
