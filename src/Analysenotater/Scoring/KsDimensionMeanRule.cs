namespace Analysenotater.Scoring;

/// <summary>
/// The KS dimension score on the 1–4 scale (Helt uenig … Helt enig): a respondent's score is the mean of the items
/// they answered (at least one); the dimension's summary mean is either the mean of respondent means
/// (<c>ks-dimension-mean</c>) or the mean of item means (<c>ks-dimension-mean-of-item-means</c>). The two agree when
/// nobody skips an item; with skips they differ. The KS source (one municipality's slides) prints 3,5 for
/// Tilgjengelighet, which the mean of item means reproduces (3,50); it does not state the formula.
/// </summary>
public sealed class KsDimensionMeanRule : ScoringRule
{
    /// <summary>Creates the rule with the given aggregation.</summary>
    public KsDimensionMeanRule(KsAggregation aggregation)
        : base(
            aggregation == KsAggregation.MeanOfRespondentMeans ? "ks-dimension-mean" : "ks-dimension-mean-of-item-means",
            "KS dimensjonsskår (1–4)",
            "Gjennomsnitt på skalaen 1–4 av de besvarte spørsmålene i dimensjonen; manglende svar holdes utenfor"
            + (aggregation == KsAggregation.MeanOfRespondentMeans ? "; dimensjonens snitt er gjennomsnittet av respondentenes snitt." : "; dimensjonens snitt er gjennomsnittet av spørsmålenes snitt."),
            MinimumAnswered.AtLeastOne)
    {
        Aggregation = aggregation;
    }

    /// <summary>How the summary mean is formed.</summary>
    public KsAggregation Aggregation { get; }

    /// <inheritdoc />
    public override string SummaryMeanDescription => Aggregation == KsAggregation.MeanOfRespondentMeans
        ? "gjennomsnitt av respondentenes snitt"
        : "gjennomsnitt av spørsmålenes snitt";

    /// <inheritdoc />
    public override (double Low, double High) ScoreRange(IReadOnlyList<(double Min, double Max)> itemRanges)
    {
        ArgumentNullException.ThrowIfNull(itemRanges);
        return (itemRanges.Min(r => r.Min), itemRanges.Max(r => r.Max));
    }

    /// <inheritdoc />
    public override double SummaryMean(IReadOnlyList<double[]> itemValues, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(itemValues);
        if (Aggregation == KsAggregation.MeanOfRespondentMeans)
        {
            return base.SummaryMean(itemValues, scores);
        }

        double sumOfMeans = 0;
        var items = 0;
        foreach (var col in itemValues)
        {
            double s = 0;
            var n = 0;
            foreach (var v in col)
            {
                if (!double.IsNaN(v))
                {
                    s += v;
                    n++;
                }
            }

            if (n > 0)
            {
                sumOfMeans += s / n;
                items++;
            }
        }

        return items == 0 ? double.NaN : sumOfMeans / items;
    }

    /// <inheritdoc />
    protected override double Compute(ReadOnlySpan<double> values, ReadOnlySpan<double> min, ReadOnlySpan<double> max)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                n++;
            }
        }

        return sum / n;
    }
}
