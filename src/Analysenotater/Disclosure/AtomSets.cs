namespace Analysenotater.Disclosure;

/// <summary>
/// Distinct sets of atoms shown so far, and the small remainders a new set would give by subtraction (the union rule
/// across releases). For a new set g: a shown set nested with it leaves P \ g or g \ P; a shown set P holding g leaves
/// P minus g and one more shown set inside P (disjoint from g), and P minus g and a greedy packing of disjoint shown
/// sets inside it; g leaves g minus one or two disjoint shown sets inside it, and g minus a greedy packing. Only
/// remainders whose n (<c>n</c>) lies in 1 … threshold − 1 are returned. A remainder is a candidate: the
/// <see cref="ReleaseLedger"/> protects it, and it matters only if the published sets really make it a linear combination.
/// </summary>
internal sealed class AtomSets(Func<int[], int> n)
{
    private readonly List<(int[] Atoms, int N)> _sets = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <summary>The sets shown so far.</summary>
    public IEnumerable<int[]> Sets => _sets.Select(s => s.Atoms);

    /// <summary>Adds a sorted set (once).</summary>
    public void Add(int[] atoms)
    {
        if (atoms.Length > 0 && _keys.Add(string.Join(',', atoms)))
        {
            _sets.Add((atoms, n(atoms)));
        }
    }

    /// <summary>The small nonempty remainders of <paramref name="g"/> (sorted atoms) against the sets shown so far.</summary>
    public IEnumerable<int[]> Remainders(int[] g, int threshold)
    {
        var ng = n(g);
        bool Small(long x) => x > 0 && x < threshold;
        var inside = _sets.Where(p => p.Atoms.Length < g.Length && IsSubset(p.Atoms, g)).OrderByDescending(p => p.N).ToList();
        var around = _sets.Where(p => p.Atoms.Length > g.Length && IsSubset(g, p.Atoms)).ToList();

        foreach (var p in inside.Where(p => Small(ng - p.N)))
        {
            yield return Minus(g, [p.Atoms]);
        }

        for (var i = 0; i < inside.Count; i++)
        {
            for (var j = i + 1; j < inside.Count && inside[i].N + inside[j].N > ng - threshold; j++)
            {
                if (Small(ng - inside[i].N - inside[j].N) && Disjoint(inside[i].Atoms, inside[j].Atoms))
                {
                    yield return Minus(g, [inside[i].Atoms, inside[j].Atoms]);
                }
            }
        }

        if (Packing(inside.Select(p => p.Atoms), []) is { Count: > 1 } packed && Minus(g, packed) is { Length: > 0 } rest && Small(n(rest)))
        {
            yield return rest;
        }

        foreach (var p in around)
        {
            if (Small(p.N - ng))
            {
                yield return Minus(p.Atoms, [g]);
            }

            var within = _sets.Where(q => q.Atoms.Length < p.Atoms.Length && IsSubset(q.Atoms, p.Atoms) && Disjoint(q.Atoms, g)).OrderByDescending(q => q.N).ToList();
            foreach (var q in within.Where(q => Small(p.N - ng - q.N)))
            {
                yield return Minus(p.Atoms, [g, q.Atoms]);
            }

            if (Packing(within.Select(q => q.Atoms), g) is { Count: > 1 } packed2 && Minus(p.Atoms, packed2) is { Length: > 0 } rest2 && Small(n(rest2)))
            {
                yield return rest2;
            }
        }
    }

    /// <summary>Sets taken largest first when disjoint from the ones taken (and from <paramref name="start"/>, which is taken first when nonempty).</summary>
    private static List<int[]> Packing(IEnumerable<int[]> sets, int[] start)
    {
        var taken = new List<int[]>();
        var used = new HashSet<int>(start);
        if (start.Length > 0)
        {
            taken.Add(start);
        }

        foreach (var s in sets)
        {
            if (!s.Any(used.Contains))
            {
                taken.Add(s);
                used.UnionWith(s);
            }
        }

        return taken;
    }

    private static bool IsSubset(int[] small, int[] large)
    {
        var j = 0;
        foreach (var x in small)
        {
            while (j < large.Length && large[j] < x)
            {
                j++;
            }

            if (j == large.Length || large[j] != x)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Disjoint(int[] a, int[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return false;
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return true;
    }

    private static int[] Minus(int[] a, IEnumerable<int[]> bs)
    {
        var removed = bs.SelectMany(b => b).ToHashSet();
        return [.. a.Where(x => !removed.Contains(x))];
    }
}
