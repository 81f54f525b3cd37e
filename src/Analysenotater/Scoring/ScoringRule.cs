namespace Analysenotater.Scoring;

/// <summary>
/// A named scoring rule for an indicator (a scale score). Rules are data: every result names the rule it used by
/// <see cref="Id"/>. Look rules up in <see cref="ScoringRules"/>; apply one with <see cref="IndicatorScorer"/>.
/// </summary>
/// <remarks>
/// Missing-value policy for every rule: an item value is missing (NaN) when it is blank or carries a missing code
/// of its scale («ikke aktuelt», «har ikke», «vet ikke»). Reverse-keyed items are reversed (min + max − code)
/// before the rule sees them.
/// </remarks>
public abstract class ScoringRule
{
    /// <summary>Creates a rule.</summary>
    protected ScoringRule(string id, string name, string description, MinimumAnswered minimum)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Name = name ?? id;
        Description = description ?? "";
        Minimum = minimum;
    }

    /// <summary>The stable id used in instrument files and printed in every output (for example <c>korus-sum-max-prorated</c>).</summary>
    public string Id { get; }

    /// <summary>A short Norwegian name.</summary>
    public string Name { get; }

    /// <summary>The rule in words (Norwegian), printed as the method note of results.</summary>
    public string Description { get; }

    /// <summary>How many items a respondent must have answered validly.</summary>
    public MinimumAnswered Minimum { get; }

    /// <summary>The lowest and highest score a respondent can get under this rule, for items with these ranges.</summary>
    public abstract (double Low, double High) ScoreRange(IReadOnlyList<(double Min, double Max)> itemRanges);

    /// <summary>
    /// Scores one respondent. <paramref name="values"/> holds one value per item (NaN = missing, already reverse-keyed);
    /// <paramref name="min"/> and <paramref name="max"/> the lowest and highest valid code of each item;
    /// <paramref name="answeredNotApplicable"/> whether the respondent answered «ikke aktuelt»/«har ikke» on any item.
    /// Returns NaN and sets <paramref name="exclusion"/> when the respondent is not scored.
    /// </summary>
    public double ScoreRespondent(ReadOnlySpan<double> values, ReadOnlySpan<double> min, ReadOnlySpan<double> max,
        bool answeredNotApplicable, out ScoreExclusion? exclusion)
    {
        if (values.Length == 0 || values.Length != min.Length || values.Length != max.Length)
        {
            throw new ArgumentException($"Rule '{Id}': values, min and max must have the same, non-zero length.", nameof(values));
        }

        if (answeredNotApplicable && DropsRespondentsWithNotApplicable)
        {
            exclusion = ScoreExclusion.AnsweredNotApplicable;
            return double.NaN;
        }

        var answered = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                answered++;
            }
        }

        var k = values.Length;
        if (answered == 0)
        {
            exclusion = ScoreExclusion.NoValidAnswer;
            return double.NaN;
        }

        var enough = Minimum switch
        {
            MinimumAnswered.MoreThanHalf => 2 * answered > k,
            MinimumAnswered.AtLeastHalf => 2 * answered >= k,
            MinimumAnswered.AtLeastOne => true,
            _ => answered == k,
        };
        if (!enough)
        {
            exclusion = ScoreExclusion.TooFewValidAnswers;
            return double.NaN;
        }

        exclusion = null;
        return Compute(values, min, max);
    }

    /// <summary>
    /// The summary mean of an indicator. The default is the mean of the respondents' scores (NaN skipped);
    /// <paramref name="itemValues"/> (one array per item, NaN = missing, reverse-keyed) lets a rule average otherwise.
    /// </summary>
    public virtual double SummaryMean(IReadOnlyList<double[]> itemValues, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        double sum = 0;
        var n = 0;
        foreach (var s in scores)
        {
            if (!double.IsNaN(s))
            {
                sum += s;
                n++;
            }
        }

        return n == 0 ? double.NaN : sum / n;
    }

    /// <summary>How the summary mean is formed, in Norwegian (for notes).</summary>
    public virtual string SummaryMeanDescription => "gjennomsnitt av respondentenes skårer";

    /// <summary>True when a respondent who answered «ikke aktuelt»/«har ikke» on any item is not scored at all.</summary>
    public virtual bool DropsRespondentsWithNotApplicable => false;

    /// <summary>Computes the score of a respondent who passed the minimum-answered check.</summary>
    protected abstract double Compute(ReadOnlySpan<double> values, ReadOnlySpan<double> min, ReadOnlySpan<double> max);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Description}";
}
