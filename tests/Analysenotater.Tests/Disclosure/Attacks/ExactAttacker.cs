namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// An exact attacker for small tables: the unknowns are the counts of the inner cells (atom × answer class,
/// nonnegative integers); every released number is a fact «this sum of unknowns equals v» (or «lies in this set», for
/// a rounded percentage whose n is known). It enumerates every table consistent with the facts (depth-first, with
/// bound propagation) and reports, for each target (a sum of unknowns the rule promises to hide), the values it takes.
/// A target with one value only is pinned down: the attack succeeds.
/// </summary>
internal sealed class ExactAttacker(int unknowns)
{
    private readonly List<(int[] Vars, long Min, long Max, HashSet<long>? Allowed, string Source)> _facts = [];

    /// <summary>The number of facts recorded.</summary>
    public int FactCount => _facts.Count;

    /// <summary>
    /// A released number: the sum of <paramref name="vars"/> is <paramref name="value"/>. A variable listed k times
    /// counts k times (a weighted sum, as the sum behind a mean: each count times its code).
    /// </summary>
    public void Equal(IEnumerable<int> vars, long value, string source) => _facts.Add(([.. vars], value, value, null, source));

    /// <summary>A bound: the sum of <paramref name="vars"/> lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public void Range(IEnumerable<int> vars, long min, long max, string source) => _facts.Add(([.. vars], min, max, null, source));

    /// <summary>A released rounded number: the sum of <paramref name="vars"/> is one of <paramref name="values"/>.</summary>
    public void OneOf(IEnumerable<int> vars, IEnumerable<long> values, string source)
    {
        var set = values.ToHashSet();
        _facts.Add(([.. vars], set.Count == 0 ? 0 : set.Min(), set.Count == 0 ? -1 : set.Max(), set, source));
    }

    /// <summary>
    /// For each target, whether it can take more than one value over the tables consistent with the facts: a first
    /// consistent table gives each target a value v; then, per target still at one value, the search looks for a
    /// table with the target below v and one above v (exhaustively, with bound propagation). Returns the values seen
    /// per target (two values = not pinned). Throws when no table is consistent (the facts were read wrongly) or a
    /// search exceeds <paramref name="maxNodes"/>.
    /// </summary>
    public Dictionary<string, HashSet<long>> Explore(IReadOnlyDictionary<string, int[]> targets, long maxNodes = 5_000_000)
    {
        var seen = targets.ToDictionary(t => t.Key, _ => new HashSet<long>());
        void Record(long[] solution)
        {
            foreach (var (name, vars) in targets)
            {
                if (seen[name].Count < 2)
                {
                    seen[name].Add(vars.Sum(v => solution[v]));
                }
            }
        }

        var first = Solve(null, maxNodes) ?? throw new InvalidOperationException("No table is consistent with the released facts: they were read wrongly.");
        Record(first);
        foreach (var (name, vars) in targets)
        {
            if (seen[name].Count >= 2)
            {
                continue;
            }

            var v = seen[name].Single();
            if (v == 0)
            {
                continue; // a zero is not protected; only a nonzero pinned value counts
            }

            foreach (var (min, max) in new[] { (long.MinValue / 4, v - 1), (v + 1, long.MaxValue / 4) })
            {
                if (Solve((vars, min, max), maxNodes) is { } other)
                {
                    Record(other);
                    break;
                }
            }
        }

        return seen;
    }

    /// <summary>A table consistent with the facts (and the extra range fact, when given); null when there is none.</summary>
    private long[]? Solve((int[] Vars, long Min, long Max)? extra, long maxNodes)
    {
        var facts = _facts.Select(f => (f.Vars, f.Min, f.Max, f.Allowed)).ToList();
        if (extra is { } e)
        {
            facts.Add((e.Vars, e.Min, e.Max, null));
        }

        // Per variable: the facts it is in, with its coefficient (how often it is listed).
        var factsOf = new List<(int Fact, long Coef)>[unknowns];
        for (var v = 0; v < unknowns; v++)
        {
            factsOf[v] = [];
        }

        for (var f = 0; f < facts.Count; f++)
        {
            foreach (var g in facts[f].Vars.GroupBy(v => v))
            {
                factsOf[g.Key].Add((f, g.Count()));
            }
        }

        var upper = new long[unknowns];
        for (var v = 0; v < unknowns; v++)
        {
            var bounded = factsOf[v].Where(x => facts[x.Fact].Max < long.MaxValue / 8).ToList();
            upper[v] = bounded.Count == 0 ? 0 : Math.Max(0, bounded.Min(x => facts[x.Fact].Max / x.Coef)); // no fact at all: nothing is known, 0 will do
        }

        var order = Enumerable.Range(0, unknowns).OrderBy(v => upper[v]).ThenByDescending(v => factsOf[v].Count).ToArray();
        var partial = new long[facts.Count];
        var remainingMax = new long[facts.Count];
        var remainingCount = new int[facts.Count];
        for (var v = 0; v < unknowns; v++)
        {
            foreach (var (f, c) in factsOf[v])
            {
                remainingMax[f] += c * upper[v];
                remainingCount[f]++;
            }
        }

        var value = new long[unknowns];
        long nodes = 0;

        bool Dfs(int depth)
        {
            if (++nodes > maxNodes)
            {
                throw new InvalidOperationException($"Attack search exceeded {maxNodes} nodes.");
            }

            if (depth == order.Length)
            {
                return true;
            }

            var v = order[depth];
            long lo = 0, hi = upper[v];
            foreach (var (f, c) in factsOf[v])
            {
                var (_, min, max, _) = facts[f];
                hi = Math.Min(hi, FloorDiv(max - partial[f], c));
                lo = Math.Max(lo, CeilDiv(min - partial[f] - (remainingMax[f] - (c * upper[v])), c));
            }

            for (var x = lo; x <= hi; x++)
            {
                value[v] = x;
                var ok = true;
                foreach (var (f, c) in factsOf[v])
                {
                    partial[f] += c * x;
                    remainingMax[f] -= c * upper[v];
                    remainingCount[f]--;
                    if (remainingCount[f] == 0 && (partial[f] < facts[f].Min || partial[f] > facts[f].Max || (facts[f].Allowed is { } a && !a.Contains(partial[f]))))
                    {
                        ok = false;
                    }
                }

                var done = ok && Dfs(depth + 1);
                foreach (var (f, c) in factsOf[v])
                {
                    partial[f] -= c * x;
                    remainingMax[f] += c * upper[v];
                    remainingCount[f]++;
                }

                if (done)
                {
                    return true;
                }
            }

            return false;
        }

        return Dfs(0) ? value : null;
    }

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);

    private static long CeilDiv(long a, long b) => -FloorDiv(-a, b);

    /// <summary>The targets pinned to a nonzero value (a derivable zero, implied by a released zero margin, is not protected).</summary>
    public static List<string> Pinned(Dictionary<string, HashSet<long>> values) =>
        [.. values.Where(kv => kv.Value.Count == 1 && kv.Value.Single() != 0).Select(kv => $"{kv.Key} = {kv.Value.Single()}")];
}
