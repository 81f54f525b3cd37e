using System.Globalization;
using System.Text.RegularExpressions;
using Analysenotater.Disclosure;
using Analysenotater.Reporting;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// Runs the worked examples of «Across releases» in docs/specs/tables-and-disclosure.md (ids X…; the spec runner
/// calls <see cref="Run"/> through <c>DisclosureSpecTests.Run</c>): builds the data the row describes, makes the
/// releases in order from that one dataset, checks the levels the row expects, and hands every released number to
/// the <see cref="CrossReleaseLinearAttacker"/>: the hidden cell (its n, respondents and answer counts) and every
/// cell a release hid for its own group (primary) must not be derivable.
/// </summary>
internal static partial class CrossReleaseSpecExamples
{
    [GeneratedRegex(@"K(\d+) (\d+)(?: \[(\d+) blanke i q2\])?")]
    private static partial Regex GroupPattern();

    [GeneratedRegex(@"\(S(\d+)\)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"^(Nøkkeltall )?(q\d) (?:etter ([ksh])|Totalt(?: der ([ksh]) (=|≠) (\d+)| uten rad (\d+))?)$")]
    private static partial Regex ReleasePattern();

    [GeneratedRegex(@"^(\d+): (.+)$")]
    private static partial Regex ExpectedPattern();

    /// <summary>Runs one example.</summary>
    public static void Run(Specs.SpecExample e)
    {
        var (s, f, released) = Release(e);
        var policy = s.Policy;

        // Levels expected: «1: K1 N, K3 N*; 2: S1 N*».
        var expected = e["Forventet"];
        if (expected is not ("–" or "-" or ""))
        {
            foreach (var perRelease in expected.Split(';', StringSplitOptions.TrimEntries))
            {
                var m = ExpectedPattern().Match(perRelease);
                Assert.True(m.Success, $"{e.Id}: cannot read «{perRelease}»");
                var r = released[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) - 1];
                foreach (var cell in m.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries))
                {
                    var split = cell.LastIndexOf(' ');
                    var (group, level) = (cell[..split], cell[(split + 1)..]);
                    Assert.True(level == LevelOf(r, group), $"{e.Id}: release {m.Groups[1].Value}, «{group}» expected {level}, got {LevelOf(r, group)}");
                }
            }
        }

        // The hidden cell and every cell a release hid for its own group: not derivable from all the released numbers.
        var target = e["Skjult celle"];
        Func<int[], bool> atoms = target.StartsWith("rad ", StringComparison.Ordinal) ? key => key[2] == 1
            : key => s.KOf(key) == int.Parse(target[1..], CultureInfo.InvariantCulture);
        var truth = s.Truth(f);
        var targets = f.PrimaryHidden(truth, policy).Concat(
        [
            new($"{target} n", f.Vars(atoms, "q1", [0, 1, 2])),
            new($"{target} respondents", f.AllVars(atoms)),
            .. new[] { 0, 1, 2 }.Select(c => new KeyValuePair<string, int[]>($"{target} count of {c + 1}", f.Vars(atoms, "q1", [c]))),
        ]);
        var found = f.Derivable(truth, policy.MinimumForMeans, targets);
        Assert.True(found.Count == 0, $"{e.Id}: derivable from the released numbers: {string.Join("; ", found)}");
    }

    /// <summary>Builds the example's data and makes its releases in order; returns the survey, what was read, and the releases.</summary>
    internal static (CrossReleaseSurvey Survey, CrossReleaseFacts Facts, List<Result> Released) Release(Specs.SpecExample e)
    {
        var policy = e["Regel"] switch
        {
            "KoRus2017" => DisclosurePolicy.KoRus2017,
            "MinimumFive" => DisclosurePolicy.MinimumFive,
            var p => throw new InvalidOperationException($"{e.Id}: unknown policy {p}"),
        };

        // Data: municipalities by size group, each answering 1, 2, 3, 1 …; the last b of a group blank on q2.
        var sizeOf = new List<int>();
        var rows = new List<(int K, int S, int Q1, int Q2)>();
        foreach (var part in e["Data"].Split(';', StringSplitOptions.TrimEntries))
        {
            var size = int.Parse(SizePattern().Match(part).Groups[1].Value, CultureInfo.InvariantCulture);
            foreach (Match g in GroupPattern().Matches(part))
            {
                var k = int.Parse(g.Groups[1].Value, CultureInfo.InvariantCulture);
                var n = int.Parse(g.Groups[2].Value, CultureInfo.InvariantCulture);
                var blanks = g.Groups[3].Success ? int.Parse(g.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
                while (sizeOf.Count < k)
                {
                    sizeOf.Add(size);
                }

                sizeOf[k - 1] = size;
                rows.AddRange(Enumerable.Range(0, n).Select(i => (k, size, 1 + (i % 3), i >= n - blanks ? 0 : 1 + (i % 3))));
            }
        }

        // Releases.
        var releases = e["Utgivelser (i rekkefølge)"].Split(';', StringSplitOptions.TrimEntries)
            .Select(r => ReleasePattern().Match(r) is { Success: true } m ? m : throw new InvalidOperationException($"{e.Id}: cannot read release «{r}»")).ToList();
        var leftOut = releases.Where(m => m.Groups[7].Success).Select(m => int.Parse(m.Groups[7].Value, CultureInfo.InvariantCulture)).ToHashSet();
        var twoItems = releases.Any(m => m.Groups[2].Value == "q2");
        var s = new CrossReleaseSurvey([.. sizeOf], [.. rows.Select(r => r.K)], [.. rows.Select(r => r.S)], [.. rows.Select(_ => 1)], [.. rows.Select(r => r.Q1)],
            twoItems ? [.. rows.Select(r => r.Q2)] : null, [.. Enumerable.Range(0, rows.Count).Select(leftOut.Contains)], policy);
        var f = s.NewFacts();
        var released = new List<Result>();
        foreach (var m in releases)
        {
            var subset = m.Groups[7].Success ? CrossReleaseSubset.NotLeftOut
                : m.Groups[4].Success ? new CrossReleaseSubset($"{m.Groups[4].Value} {m.Groups[5].Value} {m.Groups[6].Value}", m.Groups[4].Value[0], m.Groups[5].Value == "=", int.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture))
                : CrossReleaseSubset.All;
            var kind = m.Groups[3].Success ? (m.Groups[1].Success ? "kf-" : "") + m.Groups[3].Value : "of";
            released.Add(new CrossReleaseStep(subset, m.Groups[2].Value, kind).Release(s, f, $"{e.Id} #{released.Count + 1} «{m.Value}»"));
        }

        return (s, f, released);
    }

    /// <summary>F, M or N: what a release shows of a group; «*» when a table lowered it to protect another cell (secondary, or because of earlier releases).</summary>
    private static string LevelOf(Result r, string group) => r switch
    {
        FrequencyTable t => (t.Level(group) switch { DisclosureLevel.Full => "F", DisclosureLevel.MeansOnly => "M", _ => "N" })
            + (t.Level(group) != DisclosureLevel.Full && t.Categories.Count > 0 && t.State(group, t.Categories[0]) == CellState.Secondary ? "*" : ""),
        KeyFigureTable k => k.N(0, group) is null ? "N" : double.IsNaN(k.Percent(0, group)) ? "M" : "F",
        _ => throw new InvalidOperationException("Unknown release " + r.GetType().Name),
    };
}
