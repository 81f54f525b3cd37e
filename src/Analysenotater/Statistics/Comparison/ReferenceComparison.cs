using System.Globalization;
using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Comparison;

/// <summary>
/// A unit's value against a reference value (a municipality vs the national average, this year vs last year): the signed
/// difference unit − reference with its SE, confidence interval and two-sided p. Immutable.
/// </summary>
public sealed class ReferenceComparison : IRenderable
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
        Level = level;
        Lower = lower;
        Upper = upper;
        Statistic = statistic;
        P = p;
        NUnit = nUnit;
        NReference = nReference;
        Method = method;
        Notes = notes;
    }

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
    public double Level { get; }

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
    public IReadOnlyList<string> Notes { get; }

    /// <summary>True when the interval excludes 0.</summary>
    public bool IsSignificant => Lower > 0 || Upper < 0;

    /// <summary>A one-row table; proportions are printed as percentages when <paramref name="asPercent"/>.</summary>
    public ReportTable ToTable(bool asPercent = false)
    {
        var pct = (Level * 100).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
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

    /// <inheritdoc />
    public string ToText() => ToTable().ToText();

    /// <inheritdoc />
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <inheritdoc />
    public string ToHtml() => ToTable().ToHtml();

    /// <inheritdoc />
    public override string ToString() => ToText();
}
