using Analysenotater.Disclosure;
using CsCheck;
using Xunit.Abstractions;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// Property: for random small surveys (6–30 respondents; municipalities nested in size groups and a crossed
/// grouping, each sometimes blank; empty groups; one or two items with blanks; a subset by row index and a subset by
/// a grouping value), several releases — tables for everyone, by one variable, by two, key figures, of all rows or
/// of a subset — made in random order from the same data, and every released number read into the attacker, no
/// cell any release hid (its counts, or its n and respondents) and no small cell of the finest cross-classification
/// of the releases (0 &lt; n &lt; the distribution threshold: its counts; below the means threshold: its n) is pinned
/// to a nonzero value. «Hid» means hid for the cell's own group (its n below the layer's threshold); a cell hidden
/// only as a secondary cell, to protect another, may be shown by another release — that is written to the test
/// output, not failed, since the cells it protected are targets themselves. The linear attacker (differencing: any linear combination of released numbers) runs on every
/// case; the exact attacker (nonnegative integer tables, with bound propagation) runs on the hidden cells of cases
/// small enough for its search, and a search that is too big counts as inconclusive, never as a pass.
/// </summary>
public sealed class CrossReleaseAttackProperties(ITestOutputHelper output)
{
    /// <summary>A case: the survey, its subsets and the releases in the order they are made.</summary>
    internal sealed record Case(CrossReleaseSurvey Survey, IReadOnlyList<CrossReleaseStep> Steps)
    {
        public override string ToString() => Survey + "\nreleases: " + string.Join(" | ", Steps);
    }

    /// <summary>
    /// A case as the property prints it, to replay a finding as a named test: the policy, the municipalities' size
    /// groups («2,1,1»), the rows («(k s h q1 [q2] [x])…», x = left out by index) and the releases («kind item of
    /// subset | …», subsets «all», «not left out», «k ≠ 0», «s = 2» …).
    /// </summary>
    internal static Case Parse(string policy, string sizeOf, string rows, string releases)
    {
        var parsed = System.Text.RegularExpressions.Regex.Matches(rows, @"\(([^)]*)\)").Select(m => m.Groups[1].Value.Split(' ')).ToList();
        int[] Column(int i) => [.. parsed.Select(r => int.Parse(r[i], System.Globalization.CultureInfo.InvariantCulture))];
        var twoItems = parsed.Any(r => r.Length > 4 && r[4] != "x");
        var survey = new CrossReleaseSurvey([.. sizeOf.Split(',').Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture))],
            Column(0), Column(1), Column(2), Column(3), twoItems ? Column(4) : null, [.. parsed.Select(r => r[^1] == "x")],
            policy == "MinimumFive" ? DisclosurePolicy.MinimumFive : DisclosurePolicy.KoRus2017);
        var steps = releases.Split('|', StringSplitOptions.TrimEntries).Select(r =>
        {
            var parts = r.Split(" of ");
            var (kind, item) = (parts[0].Split(' ')[0], parts[0].Split(' ')[1]);
            var subset = parts[1] switch
            {
                "all" => CrossReleaseSubset.All,
                "not left out" => CrossReleaseSubset.NotLeftOut,
                var x => new CrossReleaseSubset(x, x[0], x[2] == '=', x[^1] - '0'),
            };
            return new CrossReleaseStep(subset, item, kind);
        });
        return new Case(survey, [.. steps]);
    }

    /// <summary>
    /// Generator of cases; with <paramref name="subsets"/> false every release is of all rows (tables of one dataset
    /// by different groupings, of different items, and key figures).
    /// </summary>
    internal static Gen<Case> CasesOf(bool subsets) =>
        from n in Gen.Int[6, 30]
        from municipalities in Gen.Int[3, 4]
        from sizeOf in Gen.Int[1, 2].Array[municipalities]
        from k in Gen.Int[0, 2 * municipalities].Array[n]
        from sWithoutK in Gen.Int[0, 2].Array[n]
        from h in Gen.Int[0, 6].Array[n]
        from q1 in Gen.Int[0, 5].Array[n]
        from twoItems in Gen.Bool
        from q2 in Gen.Int[0, 5].Array[n]
        from leftOut in Gen.Int[0, n - 1].Array[0, 2]
        from subsetVariable in Gen.Int[0, 2].Select(i => "ksh"[i])
        from subsetEqual in Gen.Bool
        from subsetValue in Gen.Int[0, 2]
        from steps in Gen.Select(Gen.Int[0, 2], Gen.Int[0, 1], Gen.Int[0, CrossReleaseStep.Kinds.Length - 1]).Array[2, 5]
        from five in Gen.Bool
        select Make(sizeOf, [.. k.Select(x => x > municipalities ? municipalities : x)], sWithoutK,
            [.. h.Select(x => x == 0 ? 0 : 1 + (x % 2))], [.. q1.Select(Code)], twoItems ? [.. q2.Select(Code)] : null,
            subsets ? leftOut : [], new CrossReleaseSubset($"{subsetVariable} {(subsetEqual ? "=" : "≠")} {subsetValue}", subsetVariable, subsetEqual, subsetValue),
            subsets ? steps : [.. steps.Select(x => (0, x.Item2, x.Item3))], five ? DisclosurePolicy.MinimumFive : DisclosurePolicy.KoRus2017);

    private static int Code(int x) => x == 0 ? 0 : 1 + (x % 3);

    private static Case Make(int[] sizeOf, int[] k, int[] sWithoutK, int[] h, int[] q1, int[]? q2, int[] leftOut, CrossReleaseSubset bySubset,
        (int Subset, int Item, int Kind)[] steps, DisclosurePolicy policy)
    {
        var s = new CrossReleaseSurvey(sizeOf, k, [.. k.Select((x, r) => x > 0 ? sizeOf[x - 1] : sWithoutK[r])], h, q1, q2,
            [.. Enumerable.Range(0, q1.Length).Select(leftOut.Contains)], policy);
        CrossReleaseSubset[] subsets = [CrossReleaseSubset.All, leftOut.Length > 0 ? CrossReleaseSubset.NotLeftOut : CrossReleaseSubset.All, bySubset];
        return new Case(s, [.. steps.Select(x => new CrossReleaseStep(subsets[x.Subset], s.Items[x.Item % s.Items.Count], CrossReleaseStep.Kinds[x.Kind]))]);
    }

    /// <summary>
    /// The outcome of attacking one case: the protected cells found (a hidden cell of a group below the threshold,
    /// or a small cell of the cross-classification), the cells hidden only as secondary cells that another release
    /// gives away (not a disclosure on their own: reported, not failed), and whether the exact attacker ran and
    /// whether its search was too big to conclude.
    /// </summary>
    internal sealed record Outcome(List<string> Found, List<string> SecondaryFound, bool ExactRan, bool ExactInconclusive);

    /// <summary>Makes the releases of a case and attacks them.</summary>
    /// <param name="c">The case.</param>
    /// <param name="exactUnknowns">The exact attacker runs when the case has at most this many unknowns.</param>
    /// <param name="exactNodes">The exact attacker's search bound per target.</param>
    internal static Outcome Attack(Case c, int exactUnknowns = 200, long exactNodes = 100_000)
    {
        var s = c.Survey;
        var f = s.NewFacts();
        for (var i = 0; i < c.Steps.Count; i++)
        {
            c.Steps[i].Release(s, f, $"#{i + 1} {c.Steps[i]}");
        }

        var truth = s.Truth(f);
        var primary = f.PrimaryHidden(truth, s.Policy).ToDictionary();
        var found = f.Derivable(truth, s.Policy.MinimumForMeans, primary.Concat(SmallCells(c, f, truth)));
        var secondary = f.Derivable(truth, int.MaxValue, f.SecondaryHidden(truth, s.Policy));
        if (f.Unknowns > exactUnknowns || primary.Count == 0)
        {
            return new Outcome(found, secondary, false, false);
        }

        var exact = new ExactAttacker(f.Unknowns);
        foreach (var (vars, value, source) in f.Linear.Facts)
        {
            exact.Equal(vars, value, source);
        }

        try
        {
            var values = exact.Explore(primary, exactNodes);
            found.AddRange(ExactAttacker.Pinned(values)
                .Where(p => !p.Contains(" respondents = ", StringComparison.Ordinal) || values[p[..p.LastIndexOf(" = ", StringComparison.Ordinal)]].Single() < s.Policy.MinimumForMeans)
                .Select(p => "exact: " + p));
            return new Outcome(found, secondary, true, false);
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("Attack search exceeded", StringComparison.Ordinal))
        {
            return new Outcome(found, secondary, true, true);
        }
    }

    /// <summary>
    /// The small cells of the finest cross-classification of the releases (rows alike in every release: in or out of
    /// its rows, and in which of its groups): per item, a cell with 0 &lt; n &lt; the distribution threshold has its
    /// counts protected, and one below the means threshold its n.
    /// </summary>
    internal static IEnumerable<KeyValuePair<string, int[]>> SmallCells(Case c, CrossReleaseFacts f, long[] truth)
    {
        var s = c.Survey;
        var cells = Enumerable.Range(0, f.Atoms.Count)
            .GroupBy(a => string.Join(", ", c.Steps.Select((st, i) => $"#{i + 1} {st.CellName(s, f.Atoms[a])}")));
        foreach (var cell in cells)
        {
            var atoms = cell.ToHashSet();
            var keys = atoms.Select(a => f.Atoms[a]).ToHashSet();
            foreach (var item in s.Items)
            {
                var nVars = f.Vars(keys.Contains, item, [0, 1, 2]);
                var n = nVars.Sum(v => truth[v]);
                if (n == 0 || n >= s.Policy.MinimumForDistributions)
                {
                    continue;
                }

                var name = $"cell [{cell.Key}] {item}";
                if (n < s.Policy.MinimumForMeans)
                {
                    yield return new(name + " n", nVars);
                }

                foreach (var cls in new[] { 0, 1, 2 })
                {
                    yield return new($"{name} count of {cls + 1}", f.Vars(keys.Contains, item, [cls]));
                }
            }
        }
    }

    /// <summary>Tables and key figures of one dataset by different groupings (nested and crossed) and of different items, in any order.</summary>
    [Fact]
    public void Releases_of_one_dataset_by_any_grouping_in_any_order_pin_down_no_hidden_or_small_cell() =>
        Run(CasesOf(subsets: false), output, "a17CrossRel0");

    /// <summary>Runs the property on 150 cases of <paramref name="cases"/>; writes the counts (and a few secondary cells given away) to the test output.</summary>
    internal static void Run(Gen<Case> cases, ITestOutputHelper output, string seed)
    {
        int count = 0, exactRan = 0, inconclusive = 0, secondary = 0;
        var started = System.Diagnostics.Stopwatch.StartNew();
        cases.Sample(c =>
        {
            var o = Attack(c);
            count++;
            exactRan += o.ExactRan ? 1 : 0;
            inconclusive += o.ExactInconclusive ? 1 : 0;
            if (o.SecondaryFound.Count > 0 && secondary++ < 3)
            {
                output.WriteLine($"secondary cell given away by another release (not a disclosure on its own):\n{c}\n{string.Join("; ", o.SecondaryFound)}");
            }

            Assert.True(o.Found.Count == 0, $"{c}\nfound: {string.Join("; ", o.Found)}");
        }, iter: 150, threads: 1, seed: seed);
        output.WriteLine($"{count} cases in {started.Elapsed.TotalSeconds:F1} s; exact attacker ran on {exactRan}, inconclusive (search too big) on {inconclusive}; secondary cells given away in {secondary}");
        Assert.True(exactRan - inconclusive >= count / 10, $"the exact attacker concluded on only {exactRan - inconclusive} of {count} cases");
    }
}
