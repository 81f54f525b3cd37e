using System.Globalization;
using Analysenotater.Reporting;
using Analysenotater.Statistics.Results;

namespace Analysenotater.Statistics.Comparison;

/// <summary>
/// A unit's value against a reference value (a municipality vs the national average, this year vs last year): the signed
/// difference unit − reference with its SE, confidence interval and two-sided p. Immutable.
/// </summary>
public sealed class ReferenceComparison : Result, IEstimate, IEstimationResult
{
    internal ReferenceComparison(string label, string unitLabel, string referenceLabel, double unit, double reference, double difference, double se, double df, double level, double lower, double upper, double statistic, double p, long nUnit, long nReference, string method, IReadOnlyList<string> notes)
    {
        Label = label;
        UnitLabel = unitLabel;
        ReferenceLabel = referenceLabel;
        Unit = unit;
        Reference = reference;
        Difference = difference;
        StandardError = se;
        Df = df;
        ConfidenceLevel = level;
        Lower = lower;
        Upper = upper;
        Statistic = statistic;
        P = p;
        NUnit = nUnit;
        NReference = nReference;
        Method = method;
        Notes = notes;
    }

    /// <summary>The difference's name: «unit − reference».</summary>
    string IEstimate.Name => $"{UnitLabel} − {ReferenceLabel}";

    /// <summary>The estimate: <see cref="Difference"/>.</summary>
    double IEstimate.Estimate => Difference;

    /// <summary>Observations behind both values.</summary>
    long IEstimationResult.N => NUnit + NReference;

    /// <summary>The one parameter: the difference.</summary>
    public IReadOnlyList<IEstimate> Parameters => [this];

    /// <summary>The Wald interval of the difference, difference ∓ q·SE with q from t on <see cref="Df"/> (z when
    /// infinite), at <paramref name="level"/>. (<see cref="Lower"/>/<see cref="Upper"/> are the method's own, for
    /// proportions the score interval.)</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not strictly between 0 and 1.</exception>
    public ConfidenceInterval ConfidenceInterval(double level) => Results.ConfidenceInterval.Wald(Difference, StandardError, Df, level);

    /// <summary>What is compared (the indicator).</summary>
    public string Label { get; }

    /// <summary>The unit's name (for example «Kommune A», «2017»).</summary>
    public string UnitLabel { get; }

    /// <summary>The reference's name (for example «Landet», «2016»).</summary>
    public string ReferenceLabel { get; }

    /// <summary>The unit's estimate.</summary>
    public double Unit { get; }

    /// <summary>The reference value.</summary>
    public double Reference { get; }

    /// <summary>Unit − reference (same scale as the inputs; proportions 0–1).</summary>
    public double Difference { get; }

    /// <summary>The SE of the difference.</summary>
    public double StandardError { get; }

    /// <summary>Degrees of freedom of the interval (infinity for normal).</summary>
    public double Df { get; }

    /// <summary>The confidence level.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Lower limit of the difference.</summary>
    public double Lower { get; }

    /// <summary>Upper limit of the difference.</summary>
    public double Upper { get; }

    /// <summary>The test statistic (z or t; for proportions the score z).</summary>
    public double Statistic { get; }

    /// <summary>The two-sided p-value.</summary>
    public double P { get; }

    /// <summary>Observations behind the unit's value.</summary>
    public long NUnit { get; }

    /// <summary>Observations behind the reference (0 for a fixed reference).</summary>
    public long NReference { get; }

    /// <summary>The method's name.</summary>
    public string Method { get; }

    /// <summary>Notes.</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <summary>True when the interval excludes 0.</summary>
    public bool IsSignificant => Lower > 0 || Upper < 0;

    /// <summary>A one-row table with proportions on the 0–1 scale.</summary>
    public override ReportTable Summary() => Summary(asPercent: false);

    /// <summary>The one-row table; <paramref name="asPercent"/> prints proportions as percentages.</summary>
    public ReportTable Summary(bool asPercent)
    {
        var pct = (ConfidenceLevel * 100).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
        ReportCell V(double v) => asPercent ? ReportCell.FromPercent(100 * v, 1) : ReportCell.FromNumber(v, 2);
        ReportCell D(double v) => asPercent ? ReportCell.FromNumber(100 * v, 1) : ReportCell.FromNumber(v, 2);
        var b = new ReportTableBuilder($"{UnitLabel} sammenlignet med {ReferenceLabel}", "", UnitLabel, ReferenceLabel, asPercent ? "Differanse (prosentpoeng)" : "Differanse", $"{pct} % KI nedre", $"{pct} % KI øvre", "p", "n")
            .Row(ReportCell.FromText(Label), V(Unit), V(Reference), D(Difference), D(Lower), D(Upper), ReportCell.FromPValue(P), ReportCell.FromCount(NUnit));
        b.Note($"Metode: {Method}.");
        foreach (var n in Notes)
        {
            b.Note(n);
        }

        return b.Build();
    }
}
