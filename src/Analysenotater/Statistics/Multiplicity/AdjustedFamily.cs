using System.Globalization;
using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Multiplicity;

/// <summary>A named family of tests with adjusted p-values. Immutable; renders with Norwegian labels.</summary>
public sealed class AdjustedFamily : Result
{
    internal AdjustedFamily(string name, PValueAdjustment method, double alpha, IReadOnlyList<AdjustedTest> tests)
    {
        Name = name;
        Method = method;
        Alpha = alpha;
        Tests = tests;
    }

    /// <summary>The family's name.</summary>
    public string Name { get; }

    /// <summary>The adjustment method.</summary>
    public PValueAdjustment Method { get; }

    /// <summary>The level for marking significance.</summary>
    public double Alpha { get; }

    /// <summary>The tests in input order.</summary>
    public IReadOnlyList<AdjustedTest> Tests { get; }

    /// <summary>The number of tests m.</summary>
    public int Count => Tests.Count;

    /// <summary>The test with this name.</summary>
    public AdjustedTest this[string name] => Tests.FirstOrDefault(t => t.Name == name) ?? throw new KeyNotFoundException($"The family '{Name}' has no test '{name}'.");

    /// <summary>The table for people.</summary>
    public override ReportTable Summary()
    {
        var label = Method == PValueAdjustment.Holm ? "Holm" : "Benjamini–Hochberg";
        var a = Alpha.ToString("0.###", NorwegianFormat.Numbers);
        var b = new ReportTableBuilder($"{Name}: {Count} tester, justert med {label}", "Test", "p", "Justert p", $"Signifikant (justert p < {a})");
        foreach (var t in Tests)
        {
            b.Row(ReportCell.FromText(t.Name), ReportCell.FromPValue(t.P), ReportCell.FromPValue(t.AdjustedP), ReportCell.FromText(t.AdjustedP < Alpha ? "ja" : "nei"));
        }

        b.Note(Method == PValueAdjustment.Holm
            ? "Holms metode kontrollerer sannsynligheten for minst ett falskt funn i familien (som R p.adjust(method = \"holm\"))."
            : "Benjamini–Hochberg kontrollerer forventet andel falske funn blant funnene (som R p.adjust(method = \"BH\")).");
        b.Note(string.Create(CultureInfo.InvariantCulture, $"Familien består av {Count} tester; justeringen gjelder bare innenfor denne familien."));
        return b.Build();
    }
}
