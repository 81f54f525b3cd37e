using System.Globalization;
using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Statistics.Reliability;
using Analysenotater.Tests.Reference.Estimators;
using Analysenotater.Tests.Reference.Models;
using Xunit.Abstractions;

namespace Analysenotater.Tests.Statistics.Reliability;

/// <summary>
/// psych's default omega (minres, oblimin, Schmid–Leiman) against Reference/Estimators/omega-values.csv, written by
/// omega-reference.R: psych::omega as called (tolerance 1e-4, 1e-3 for small per-group figures; the library with
/// GPArotation's default stopping rule) and the same code with converged factoring and rotation (1e-6; the library's
/// oblimin run to the same 1e-8), on the bundled KoRus items (15 and 25) and psych's bfi (25 items).
/// Only order- and sign-invariant figures are compared; group factors are matched by their first assigned item.
/// </summary>
public sealed class BifactorOmegaTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyDictionary<string, (double Value, double Tolerance)>> Reference = new(() => EstimatorsReference.Load("omega-values.csv"));

    private static IReadOnlyDictionary<string, (double Value, double Tolerance)> Values => Reference.Value;

    private static readonly string[] Korus15 = ["q9", "q10", "q11", "q13", "q14_1", "q14_2", "q14_3", "q14_4", "q14_5", "q14_6", "q15_1", "q15_2", "q15_3", "q15_4", "q15_5"];

    private static readonly string[] Korus25 = [.. Korus15, .. Enumerable.Range(1, 10).Select(i => $"q31_{i}")];

    public static TheoryData<string, int> Cases => new() { { "korus15", 3 }, { "korus15", 2 }, { "korus25", 3 }, { "korus25", 4 }, { "bfi25", 3 }, { "bfi25", 5 } };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesPsychOmegaAsCalledAndConverged(string set, int factors)
    {
        var (names, items) = Load(set);
        var checkedKeys = 0;
        BifactorOmegaResult result = null!;
        foreach (var prefix in new[] { "psych", "tight" })
        {
            // psych as called: GPArotation's default stopping rule (1e-5); the tight reference: oblimin to 1e-8.
            var options = prefix == "psych"
                ? new BifactorOmegaOptions { GroupFactors = factors }
                : new BifactorOmegaOptions { GroupFactors = factors, RotationTolerance = 1e-8, MaxRotationIterations = 10000 };
            result = BifactorOmega.Analyse(names, items, options);
            if (prefix == "psych")
            {
                // at 1e-8 oblimin may stop just above the stopping value, where f no longer changes in double precision
                // (GPArotation's step length then collapses the same way); the comparison below is the check
                Assert.DoesNotContain(result.Notes, n => n.Contains("konvergerte", StringComparison.Ordinal));
            }
            var p = $"{prefix}.{set}.nf{factors}.";
            var maxRel = 0.0;
            var maxAbs = 0.0;
            void Check(string key, double actual)
            {
                ModelsReference.Check(Values, p + key, actual);
                var expected = Values[p + key].Value;
                maxRel = Math.Max(maxRel, Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), 1e-300));
                maxAbs = Math.Max(maxAbs, Math.Abs(actual - expected));
                checkedKeys++;
            }

            Check("omega_h", result.OmegaHierarchical);
            Check("omega_tot", result.OmegaTotal);
            Check("omega_lim", result.OmegaLimit);
            Check("alpha", result.Alpha);
            Check("G6", result.G6);
            Check("ECV", result.ExplainedCommonVariance);
            Check("groups_sum", result.OmegaGroupsTotal);
            for (var i = 0; i < names.Count; i++)
            {
                Check("g." + names[i], Math.Abs(result.GeneralLoadings[i]));
                Check("h2." + names[i], result.Communalities[i]);
                Check("u2." + names[i], result.Uniquenesses[i]);
                Check("p2." + names[i], result.GeneralShare[i]);
                Check("key." + names[i], result.Reversed[i] ? -1 : 1);
            }

            foreach (var g in result.Groups.Where(g => g.Items.Count > 0))
            {
                var first = g.Items[0];
                Check($"group.{first}.n", g.Items.Count);
                Check($"group.{first}.total", g.OmegaTotal);
                Check($"group.{first}.general", g.OmegaGeneral);
                Check($"group.{first}.group", g.OmegaGroup);
            }

            var expectedKeys = Values.Keys.Count(k => k.StartsWith(p, StringComparison.Ordinal));
            output.WriteLine($"{p}: {expectedKeys} values, max relative difference {maxRel:E2}, max absolute difference {maxAbs:E2}");
        }

        // KoRus 25 items with 3 factors: the general factor is a Heywood case and the note says so; the others are not
        Assert.Equal(set == "korus25" && factors == 3, result.Notes.Any(n => n.Contains("Heywood", StringComparison.Ordinal)));

        // every value the script wrote for this case was compared (a group R found and we did not would be missed)
        Assert.Equal(Values.Keys.Count(k => k.StartsWith($"psych.{set}.nf{factors}.", StringComparison.Ordinal) || k.StartsWith($"tight.{set}.nf{factors}.", StringComparison.Ordinal)), checkedKeys);
        output.WriteLine($"ω_h = {result.OmegaHierarchical:F6}, ω_t = {result.OmegaTotal:F6}; minres {result.FactoringIterations} steps, oblimin {result.RotationIterations} iterations");
    }

    [Fact]
    public void ItemOrderDoesNotChangeTheInvariantFigures()
    {
        var (names, items) = Load("korus25");
        var a = BifactorOmega.Analyse(names, items);
        var order = Enumerable.Range(0, names.Count).Reverse().ToArray();
        var b = BifactorOmega.Analyse([.. order.Select(i => names[i])], [.. order.Select(i => items[i])]);
        Assert.Equal(a.OmegaHierarchical, b.OmegaHierarchical, 1e-8);
        Assert.Equal(a.OmegaTotal, b.OmegaTotal, 1e-10);
        for (var i = 0; i < names.Count; i++)
        {
            Assert.Equal(Math.Abs(a.GeneralLoadings[order[i]]), Math.Abs(b.GeneralLoadings[i]), 1e-7);
        }
    }

    [Fact]
    public void ReversedItemsAreKeyedAndLeaveOmegaUnchanged()
    {
        var (names, items) = Load("korus15");
        var flipped = items.Select((x, j) => j == 2 ? x.Select(v => 6 - v).ToArray() : x).ToList();
        var a = BifactorOmega.Analyse(names, items);
        var b = BifactorOmega.Analyse(names, flipped);
        Assert.False(a.Reversed[2]);
        Assert.True(b.Reversed[2]);
        Assert.Equal(a.OmegaHierarchical, b.OmegaHierarchical, 1e-8);
        Assert.Contains(b.Notes, n => n.Contains("q11", StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsTooManyFactorsAndTooFewItemsByName()
    {
        var (names, items) = Load("korus15");
        var e = Assert.Throws<ArgumentException>(() => BifactorOmega.Analyse(names, items, new BifactorOmegaOptions { GroupFactors = 15 }));
        Assert.Contains("15", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => BifactorOmega.Analyse(["a", "b"], [items[0], items[1]]));
        var constant = items.Select((x, j) => j == 4 ? x.Select(v => double.IsNaN(v) ? v : 3.0).ToArray() : x).ToList();
        var c = Assert.Throws<ArgumentException>(() => BifactorOmega.Analyse(names, constant));
        Assert.Contains("q14_1", c.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DatasetColumnsTreatNotApplicableAsMissingAndSummaryRenders()
    {
        var data = SurveyCsvReader.Read(KorusPath, KnownInstruments.KoRus2017).Dataset;
        var viaDataset = BifactorOmega.Analyse(data, Korus15);
        var (names, items) = Load("korus15");
        Assert.Equal(BifactorOmega.Analyse(names, items).OmegaHierarchical, viaDataset.OmegaHierarchical, 1e-12);
        var text = viaDataset.ToText();
        Assert.Contains("Omega hierarkisk", text, StringComparison.Ordinal);
        Assert.Contains("F3*", text, StringComparison.Ordinal);
    }

    private static string KorusPath => Path.Combine(TestPaths.RepoRoot, "data-samples", "korus-2017", "korus-2017-synthetic.csv");

    /// <summary>The items as R reads them: KoRus S5/S5NA codes 1–5 and HSCL 1–4 valid, anything else missing; bfi as written.</summary>
    private static (IReadOnlyList<string> Names, IReadOnlyList<double[]> Items) Load(string set)
    {
        if (set == "bfi25")
        {
            var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Reference", "Estimators", "omega-bfi25.csv"));
            var header = lines[0].Split(',').Select(h => h.Trim('"')).ToArray();
            var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
            return (header, [.. header.Select((_, j) => rows.Select(r => r[j].Length == 0 ? double.NaN : double.Parse(r[j], CultureInfo.InvariantCulture)).ToArray())]);
        }

        var names = set == "korus15" ? Korus15 : Korus25;
        var records = SeparatedText.ReadRecords(File.ReadAllText(KorusPath), ',', KorusPath);
        var cols = records[0].ToArray();
        var body = records.Skip(1).Where(r => r.Count > 1).ToList();
        var list = new List<double[]>();
        foreach (var name in names)
        {
            var j = Array.IndexOf(cols, name);
            var max = name.StartsWith("q31", StringComparison.Ordinal) ? 4 : 5;
            list.Add([.. body.Select(r => int.TryParse(r[j], CultureInfo.InvariantCulture, out var v) && v >= 1 && v <= max ? v : double.NaN)]);
        }

        return (names, list);
    }
}
