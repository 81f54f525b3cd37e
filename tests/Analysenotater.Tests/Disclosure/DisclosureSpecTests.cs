using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure;

/// <summary>Spec-as-tests: every row of the worked-examples table in docs/specs/tables-and-disclosure.md is one case, run by the spec runner.</summary>
public sealed class DisclosureSpecTests
{
    [Fact]
    public void The_spec_has_the_worked_examples() => Assert.Equal(9, ReadExamples().Count);

    /// <summary>Runs one worked example (the spec runner, Specs/SpecRunnerTests, calls this for every row).</summary>
    internal static void Run(Specs.SpecExample e)
    {
        if (e.Id.StartsWith('E'))
        {
            RunMean(e);
            return;
        }

        if (e.Id.StartsWith('X'))
        {
            Attacks.CrossReleaseSpecExamples.Run(e); // «Across releases»: several releases of one dataset
            return;
        }

        Run([e[0], e[1], e[2], e[3], e[4]]);
    }

    /// <summary>
    /// A worked example of the extreme-mean rule: group A answered as listed (codes 1–5), groups B (30) and C (25)
    /// answered 1, 2, 3, 4, 5, 1, 2 …; the mean of A is shown («vist») or hidden («skjult») under KoRus 2017.
    /// </summary>
    private static void RunMean(Specs.SpecExample e)
    {
        var answers = e["Svar i gruppen"].Split(',', StringSplitOptions.TrimEntries).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList();
        var q = new List<int?>(answers.Select(a => (int?)a));
        var g = new List<int?>(answers.Select(_ => (int?)1));
        foreach (var (group, n) in new[] { (2, 30), (3, 25) })
        {
            for (var j = 0; j < n; j++)
            {
                q.Add(1 + (j % 5));
                g.Add(group);
            }
        }

        var data = new SurveyDataset(null, [CodeColumn.FromNullable("q", q), CodeColumn.FromNullable("g", g)]);
        var labels = new Dictionary<int, string> { [1] = "A", [2] = "B", [3] = "C" };
        var t = FrequencyTables.By(data, "q", "g", options: new FrequencyOptions { GroupLabels = labels });
        Assert.Equal(DisclosureLevel.MeansOnly, t.Level("A"));
        var shown = e["Forventet"] == "vist";
        Assert.True(shown == !double.IsNaN(t.Mean("A")), $"{e.Id}: mean of A expected {(shown ? "shown" : "hidden")}, got {t.Mean("A")}");
        if (!shown)
        {
            Assert.Contains(t.Notes, n => n.Contains("«A»: gjennomsnittet vises ikke", StringComparison.Ordinal));
            Assert.Equal(answers.Count, t.ValidN("A")); // the n stays
        }
    }

    private static void Run(string[] row)
    {
        var example = row[0];
        var policy = row[1] switch
        {
            "KoRus2017" => DisclosurePolicy.KoRus2017,
            "MinimumFive" => DisclosurePolicy.MinimumFive,
            var p => throw new InvalidOperationException("Unknown policy " + p),
        };
        var sizes = row[2].Split(',', StringSplitOptions.TrimEntries).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList();
        var without = int.Parse(row[3], CultureInfo.InvariantCulture);
        var q = new List<int?>();
        var g = new List<int?>();
        for (var i = 0; i < sizes.Count; i++)
        {
            for (var j = 0; j < sizes[i]; j++)
            {
                q.Add(1 + (j % 3));
                g.Add(i + 1);
            }
        }

        for (var j = 0; j < without; j++)
        {
            q.Add(1 + (j % 3));
            g.Add(null);
        }

        var data = new SurveyDataset(null, [CodeColumn.FromNullable("q", q), CodeColumn.FromNullable("g", g)]);
        var labels = Enumerable.Range(1, sizes.Count).ToDictionary(c => c, c => "g" + c.ToString(CultureInfo.InvariantCulture));
        var t = FrequencyTables.By(data, "q", "g", options: new FrequencyOptions { GroupLabels = labels }, context: AnalysisContext.Default.WithDisclosure(policy));
        var expected = row[4].Split(';', StringSplitOptions.TrimEntries);
        Assert.Equal(t.Groups.Count, expected.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var level = expected[i][0] switch { 'F' => DisclosureLevel.Full, 'M' => DisclosureLevel.MeansOnly, _ => DisclosureLevel.Nothing };
            Assert.True(level == t.Level(t.Groups[i]), $"{example}: {t.Groups[i]} expected {level}, got {t.Level(t.Groups[i])}");
            if (level != DisclosureLevel.Full && t.Categories.Count > 0)
            {
                var state = t.State(t.Groups[i], t.Categories[0]);
                Assert.True(expected[i].EndsWith('*') == (state == CellState.Secondary), $"{example}: {t.Groups[i]} secondary expected {expected[i].EndsWith('*')}, state {state}");
            }
        }
    }

    private static List<string[]> ReadExamples()
    {
        var path = Path.Combine(TestPaths.RepoRoot, "docs", "specs", "tables-and-disclosure.md");
        return [.. File.ReadAllLines(path)
            .Where(l => l.StartsWith("| D", StringComparison.Ordinal))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())];
    }
}
