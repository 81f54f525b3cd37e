namespace Analysenotater.Disclosure;

/// <summary>
/// Distinct sets of atoms shown so far, and the remainders a new set would give by subtraction (the union rule across
/// releases): for a new set g, the sets nested with it differ from it by a remainder (P \ g or g \ P); g minus every
/// shown set inside it is a remainder; and every shown set that holds g, minus g and every other shown set inside it,
/// is one. A remainder is a candidate only: the <see cref="ReleaseLedger"/> protects a small one, and it matters only if
/// the published sets really make it a linear combination.
/// </summary>
internal sealed class AtomSets
{
    private readonly List<int[]> _sets = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <summary>Adds a sorted set (once).</summary>
    public void Add(int[] atoms)
    {
        if (atoms.Length > 0 && _keys.Add(string.Join(',', atoms)))
        {
            _sets.Add(atoms);
        }
    }

    /// <summary>The nonempty remainders of <paramref name="g"/> (sorted) against the sets shown so far.</summary>
    public IEnumerable<int[]> Remainders(int[] g)
    {
        var inside = _sets.Where(p => p.Length < g.Length && IsSubset(p, g)).ToList();
        var around = _sets.Where(p => p.Length > g.Length && IsSubset(g, p)).ToList();
        foreach (var p in inside)
        {
            yield return Minus(g, p);
        }

        foreach (var p in around)
        {
            yield return Minus(p, g);
        }

        if (inside.Count > 1 && Minus(g, inside) is { Length: > 0 } rest)
        {
            yield return rest;
        }

        foreach (var p in around)
        {
            var others = _sets.Where(q => q.Length < p.Length && IsSubset(q, p) && !IsSubset(q, g)).Append(g).ToList();
            if (others.Count > 1 && Minus(p, others) is { Length: > 0 } r)
            {
                yield return r;
            }
        }
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

    private static int[] Minus(int[] a, int[] b) => [.. a.Except(b)];

    private static int[] Minus(int[] a, IEnumerable<int[]> bs)
    {
        var removed = bs.SelectMany(b => b).ToHashSet();
        return [.. a.Where(x => !removed.Contains(x))];
    }
}
