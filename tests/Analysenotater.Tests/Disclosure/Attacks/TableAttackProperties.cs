using Analysenotater.Disclosure;
using Analysenotater.Tables;
using CsCheck;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// Property: for random small surveys (1–14 respondents, groups by one and two variables, blank group values, blank
/// answers, empty groups), release the tables of one grouping from one analysis context — overall, by g and the key
/// figures by g; or overall and by g × h — and let the <see cref="ExactAttacker"/> combine every released number. No unit the rule
/// protects (a group, the respondents without a group value, or any union of such units that is itself below the
/// threshold) may have its n (below the means threshold) or any answer count (below the distribution threshold)
/// pinned to a nonzero value. (Blanks are not answers: their number is respondents − valid n, both shown with means.)
/// </summary>
public sealed class TableAttackProperties
{
    [Fact]
    public void One_grouping_released_every_way_pins_down_no_protected_count() =>
        SmallSurvey.Gen.Sample(s =>
        {
            var pinned = Attack(s, twoWay: false);
            Assert.True(pinned.Count == 0, $"{s}\npinned: {string.Join("; ", pinned)}");
        }, iter: 300, threads: 1, seed: "0tbhWkH4zDg1");

    [Fact]
    public void Two_way_table_with_its_total_pins_down_no_protected_count() =>
        SmallSurvey.Gen.Sample(s =>
        {
            var pinned = Attack(s, twoWay: true);
            Assert.True(pinned.Count == 0, $"{s}\npinned: {string.Join("; ", pinned)}");
        }, iter: 300, threads: 1, seed: "dl7Rzy5yU321");

    /// <summary>
    /// Releases every table of one family from one context — overall, by g and the key figures by g; or overall and
    /// by g × h — and returns the protected targets the attacker pins down.
    /// </summary>
    internal static List<string> Attack(SmallSurvey s, bool twoWay)
    {
        s = twoWay ? s : s with { H = new int[s.N] }; // one grouping: h plays no part
        var data = s.Data();
        var context = AnalysisContext.Default.WithDisclosure(s.Policy);
        var attacker = new ExactAttacker(s.Unknowns);
        attacker.Range(s.Vars(s.AllAtoms, SmallSurvey.AllClasses), 0, s.N, "the attacker knows at most how many answered");
        // The means are read in the one-way family; in the two-way family the weighted sums make the exact search too slow.
        ReleasedFacts.Add(attacker, s, FrequencyTables.Of(data, "q", context: context), _ => s.AllAtoms, [], "all", withMeans: !twoWay);
        if (!twoWay)
        {
            attacker.Equal(s.Vars(s.AllAtoms.Where(a => !s.AtomsOfH(0).Contains(a)), SmallSurvey.AllClasses), 0, "no h values");
            var byG = new FrequencyOptions { GroupLabels = s.GroupLabels };
            ReleasedFacts.Add(attacker, s, FrequencyTables.By(data, "q", "g", options: byG, context: context), l => GroupAtoms(s, l, true), s.AtomsOfG(0), "byG");
            var kf = FrequencyTables.KeyFigures(data, [new KeyFigureRow("q", "Topp", [3])], groupBy: "g", context: context, groupLabels: s.GroupLabels);
            ReleasedFacts.Add(attacker, s, kf, l => GroupAtoms(s, l, true), "keyG");
        }
        else
        {
            var byGh = new FrequencyOptions { GroupLabels = s.GroupLabels, SecondGroupLabels = s.SecondLabels };
            ReleasedFacts.Add(attacker, s, FrequencyTables.By(data, "q", "g", "h", byGh, context), l => CombinationAtoms(s, l),
                [.. s.AllAtoms.Where(a => s.AtomsOfG(0).Contains(a) || s.AtomsOfH(0).Contains(a))], "byGH", withMeans: false);
        }

        return ExactAttacker.Pinned(attacker.Explore(Targets(s, twoWay ? "gh" : "g"), maxNodes: 20_000_000));
    }

    /// <summary>
    /// What the rule protects, from the true data: every unit (a group of g, of h, of g × h, and the respondents
    /// without a value on each grouping) below a threshold, and every union of two or three units of one grouping
    /// that is together still below it: its n when below the means threshold, each answer count when below the
    /// distribution threshold.
    /// </summary>
    internal static Dictionary<string, int[]> Targets(SmallSurvey s, string family)
    {
        var truth = s.Truth();
        var units = new List<(string Grouping, string Name, int[] Atoms)>();
        for (var g = 0; g <= s.Groups; g++)
        {
            units.Add(("g", "g" + g, s.AtomsOfG(g)));
        }

        for (var h = 0; h <= SmallSurvey.SecondGroups; h++)
        {
            units.Add(("h", "h" + h, s.AtomsOfH(h)));
        }

        var withoutGh = s.AllAtoms.Where(a => s.AtomsOfG(0).Contains(a) || s.AtomsOfH(0).Contains(a)).ToArray();
        units.Add(("gh", "gh-none", withoutGh));
        for (var g = 1; g <= s.Groups; g++)
        {
            for (var h = 1; h <= SmallSurvey.SecondGroups; h++)
            {
                units.Add(("gh", $"g{g}h{h}", [s.Atom(g, h)]));
            }
        }

        int N(IEnumerable<int> atoms) => s.Vars(atoms, SmallSurvey.ValidClasses).Sum(v => truth[v]);
        int Respondents(IEnumerable<int> atoms) => s.Vars(atoms, SmallSurvey.AllClasses).Sum(v => truth[v]);

        var targets = new Dictionary<string, int[]>();
        var sets = new List<(string Name, int[] Atoms)>();
        foreach (var grouping in units.Where(u => u.Grouping == family).GroupBy(u => u.Grouping))
        {
            var list = grouping.Where(u => Respondents(u.Atoms) > 0 && N(u.Atoms) < s.Policy.MinimumForDistributions).ToList();
            for (var mask = 1; mask < 1 << list.Count; mask++)
            {
                var members = Enumerable.Range(0, list.Count).Where(i => (mask & (1 << i)) != 0).Select(i => list[i]).ToList();
                if (members.Count <= 3)
                {
                    sets.Add((string.Join("+", members.Select(m => m.Name)), [.. members.SelectMany(m => m.Atoms).Distinct()]));
                }
            }
        }

        foreach (var (name, atoms) in sets)
        {
            var n = N(atoms);
            if (n < s.Policy.MinimumForMeans)
            {
                targets[$"n({name})"] = s.Vars(atoms, SmallSurvey.ValidClasses);
                targets[$"respondents({name})"] = s.Vars(atoms, SmallSurvey.AllClasses);
            }

            if (n < s.Policy.MinimumForDistributions)
            {
                foreach (var c in SmallSurvey.ValidClasses) // blanks: respondents − valid n, both shown at «n and means»
                {
                    targets[$"count({name}, class {c})"] = s.Vars(atoms, [c]);
                }
            }
        }

        return targets;
    }

    private static int[] GroupAtoms(SmallSurvey s, string label, bool first)
    {
        if (label == GroupLabels.Total)
        {
            return s.AllAtoms;
        }

        var code = int.Parse(label.TrimStart('G', 'H'), System.Globalization.CultureInfo.InvariantCulture);
        return first ? s.AtomsOfG(code) : s.AtomsOfH(code);
    }

    private static int[] CombinationAtoms(SmallSurvey s, string label)
    {
        if (label == GroupLabels.Total)
        {
            return s.AllAtoms;
        }

        var parts = label.Split(" – ");
        return [s.Atom(int.Parse(parts[0].TrimStart('G'), System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1].TrimStart('H'), System.Globalization.CultureInfo.InvariantCulture))];
    }
}
