using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Proportions;

/// <summary>
/// A proportion with its confidence interval. Immutable. For a simple random sample <see cref="Successes"/> and
/// <see cref="N"/> are counts; under a design <see cref="Successes"/> is NaN, <see cref="N"/> is the number of rows used
/// and <see cref="Df"/> the design degrees of freedom. Proportions are on the 0–1 scale; tables print percentages.
/// </summary>
public sealed class ProportionInterval : Result
{
    internal ProportionInterval(string label, double successes, long n, double estimate, double lower, double upper, double level, double df, string method, IReadOnlyList<string> notes)
    {
        Label = label;
        Successes = successes;
        N = n;
        Estimate = estimate;
        Lower = lower;
        Upper = upper;
        ConfidenceLevel = level;
        Df = df;
        Method = method;
        Notes = notes;
    }

    /// <summary>What the proportion is of (a label for tables).</summary>
    public string Label { get; }

    /// <summary>The number of successes (NaN for a design-based estimate).</summary>
    public double Successes { get; }

    /// <summary>The number of observations (rows in the domain for a design-based estimate).</summary>
    public long N { get; }

    /// <summary>The estimated proportion (0–1).</summary>
    public double Estimate { get; }

    /// <summary>The lower confidence limit (0–1).</summary>
    public double Lower { get; }

    /// <summary>The upper confidence limit (0–1).</summary>
    public double Upper { get; }

    /// <summary>The confidence level, for example 0.95.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Degrees of freedom used (infinity for the binomial methods, the design df under a design).</summary>
    public double Df { get; }

    /// <summary>The method's name, for example "Wilson".</summary>
    public string Method { get; }

    /// <summary>Notes (truncation at 0 or 1, edge cases).</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <summary>The width of the interval (upper − lower).</summary>
    public double Width => Upper - Lower;

    /// <summary>A one-row table: Andel, KI nedre, KI øvre, n, Metode.</summary>
    public override ReportTable Summary()
    {
        var pct = Math.Round(ConfidenceLevel * 100, 1);
        var b = new ReportTableBuilder($"Andel med {NorwegianFormat.Number(pct, pct % 1 == 0 ? 0 : 1)} % konfidensintervall", "", "Andel", "KI nedre", "KI øvre", "n", "Metode")
            .Row(ReportCell.FromText(Label), ReportCell.FromPercent(Estimate * 100, 1), ReportCell.FromPercent(Lower * 100, 1), ReportCell.FromPercent(Upper * 100, 1), ReportCell.FromCount(N), ReportCell.FromText(Method));
        foreach (var n in Notes)
        {
            b.Note(n);
        }

        return b.Build();
    }
}
