namespace Analysenotater.Scoring;

/// <summary>
/// A scoring rule defined as data (in a study file): one of the <see cref="ConfiguredRuleKind"/> formulas with a
/// minimum of answered items and, optionally, respondents with «ikke aktuelt» left unscored. Register it with
/// <see cref="ScoringRules.Register"/> so instrument files can name it. Missing answers and «ikke aktuelt» are
/// missing; a respondent below the minimum gets no score (NaN).
/// </summary>
public sealed class ConfiguredScoringRule : ScoringRule
{
    /// <summary>Creates the rule.</summary>
    public ConfiguredScoringRule(string id, string name, ConfiguredRuleKind kind, MinimumAnswered minimum, bool dropNotApplicable = false, string? description = null)
        : base(id, string.IsNullOrWhiteSpace(name) ? id : name, description ?? Describe(kind, minimum, dropNotApplicable), minimum)
    {
        Kind = kind;
        DropNotApplicable = dropNotApplicable;
    }

    /// <summary>The formula.</summary>
    public ConfiguredRuleKind Kind { get; }

    /// <summary>True: a respondent with any «ikke aktuelt» is not scored.</summary>
    public bool DropNotApplicable { get; }

    /// <inheritdoc />
    public override bool DropsRespondentsWithNotApplicable => DropNotApplicable;

    /// <inheritdoc />
    public override (double Low, double High) ScoreRange(IReadOnlyList<(double Min, double Max)> itemRanges)
    {
        ArgumentNullException.ThrowIfNull(itemRanges);
        return Kind switch
        {
            ConfiguredRuleKind.Mean => (itemRanges.Min(r => r.Min), itemRanges.Max(r => r.Max)),
            ConfiguredRuleKind.Sum => (itemRanges.Sum(r => r.Min), itemRanges.Sum(r => r.Max)),
            ConfiguredRuleKind.Linear0To100 => (0, 100),
            _ => (100 * itemRanges.Sum(r => r.Min) / itemRanges.Sum(r => r.Max), 100),
        };
    }

    /// <inheritdoc />
    protected override double Compute(ReadOnlySpan<double> values, ReadOnlySpan<double> min, ReadOnlySpan<double> max)
    {
        double sum = 0, maxAnswered = 0, maxAll = 0, linear = 0;
        var n = 0;
        for (var i = 0; i < values.Length; i++)
        {
            maxAll += max[i];
            if (double.IsNaN(values[i]))
            {
                continue;
            }

            sum += values[i];
            maxAnswered += max[i];
            linear += max[i] > min[i] ? (values[i] - min[i]) / (max[i] - min[i]) * 100 : throw new InvalidOperationException($"Rule '{Id}': item {i + 1} has no range (min {min[i]}, max {max[i]}).");
            n++;
        }

        return Kind switch
        {
            ConfiguredRuleKind.SumOfMaxAnswered => sum / maxAnswered * 100,
            ConfiguredRuleKind.SumOfMaxAll => sum / maxAll * 100,
            ConfiguredRuleKind.Mean => sum / n,
            ConfiguredRuleKind.Linear0To100 => linear / n,
            _ => sum * values.Length / n,
        };
    }

    private static string Describe(ConfiguredRuleKind kind, MinimumAnswered minimum, bool drop) =>
        (kind switch
        {
            ConfiguredRuleKind.SumOfMaxAnswered => "Sum av svarkodene ÷ sum av maksimum for besvarte spørsmål × 100",
            ConfiguredRuleKind.SumOfMaxAll => "Sum av svarkodene ÷ sum av maksimum for alle spørsmål × 100",
            ConfiguredRuleKind.Mean => "Gjennomsnitt av svarkodene",
            ConfiguredRuleKind.Linear0To100 => "Gjennomsnitt av (svar − laveste) ÷ (høyeste − laveste) × 100",
            _ => "Sum av svarkodene, oppskalert til alle spørsmål",
        })
        + minimum switch
        {
            MinimumAnswered.MoreThanHalf => "; skåres når mer enn halvparten er besvart",
            MinimumAnswered.AtLeastHalf => "; skåres når minst halvparten er besvart",
            MinimumAnswered.AtLeastOne => "; skåres når minst ett spørsmål er besvart",
            _ => "; skåres bare når alle er besvart",
        }
        + (drop ? "; respondenter med «ikke aktuelt» skåres ikke." : "; «ikke aktuelt» regnes som manglende.");
}
