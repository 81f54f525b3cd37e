using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Representativeness;

/// <summary>A χ² goodness-of-fit test of observed counts against reference shares. Immutable.</summary>
public sealed class GoodnessOfFitResult : Result
{
    internal GoodnessOfFitResult(string title, IReadOnlyList<string> categories, IReadOnlyList<long> observed, IReadOnlyList<double> expected, double statistic, int df, double asymptoticP, double p, GoodnessOfFitMethod method, int replicates, int seed, IReadOnlyList<string> notes)
    {
        Title = title;
        Categories = categories;
        Observed = observed;
        Expected = expected;
        Statistic = statistic;
        Df = df;
        AsymptoticP = asymptoticP;
        P = p;
        Method = method;
        Replicates = replicates;
        Seed = seed;
        Notes = notes;
    }

    /// <summary>The caption.</summary>
    public string Title { get; }

    /// <summary>Category labels.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Observed counts.</summary>
    public IReadOnlyList<long> Observed { get; }

    /// <summary>Expected counts n·p₀.</summary>
    public IReadOnlyList<double> Expected { get; }

    /// <summary>n, the total count.</summary>
    public long N => Observed.Sum();

    /// <summary>Pearson's X² = Σ(O − E)²/E.</summary>
    public double Statistic { get; }

    /// <summary>Degrees of freedom k − 1.</summary>
    public int Df { get; }

    /// <summary>The asymptotic χ² p-value (always computed, for comparison).</summary>
    public double AsymptoticP { get; }

    /// <summary>The p-value of the method used.</summary>
    public double P { get; }

    /// <summary>The method used for <see cref="P"/>.</summary>
    public GoodnessOfFitMethod Method { get; }

    /// <summary>Monte Carlo replicates (0 unless Monte Carlo).</summary>
    public int Replicates { get; }

    /// <summary>Monte Carlo seed.</summary>
    public int Seed { get; }

    /// <summary>Notes: method, small expected counts.</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <summary>The table: categories with observed, expected, observed % and reference %, then the test in the notes.</summary>
    public override ReportTable Summary()
    {
        var n = (double)N;
        var b = new ReportTableBuilder(Title, "Kategori", "Observert", "Forventet", "Observert %", "Referanse %");
        for (var i = 0; i < Categories.Count; i++)
        {
            b.Row(ReportCell.FromText(Categories[i]), ReportCell.FromCount(Observed[i]), ReportCell.FromNumber(Expected[i], 1), ReportCell.FromPercent(100 * Observed[i] / n, 1), ReportCell.FromPercent(100 * Expected[i] / n, 1));
        }

        var method = Method switch
        {
            GoodnessOfFitMethod.Exact => "eksakt (multinomisk, full opptelling)",
            GoodnessOfFitMethod.MonteCarlo => $"Monte Carlo, B = {NorwegianFormat.Count(Replicates)}, frø {Seed}",
            _ => "asymptotisk χ²",
        };
        b.Note($"χ² = {NorwegianFormat.Number(Statistic, 2)}, df = {Df}, {PText(P)} ({method}); asymptotisk {PText(AsymptoticP)}.");
        foreach (var note in Notes)
        {
            b.Note(note);
        }

        return b.Build();
    }

    /// <summary>«p = 0,123» or «p &lt; 0,001».</summary>
    internal static string PText(double p) => p < 0.001 ? "p < 0,001" : "p = " + NorwegianFormat.PValue(p);
}
