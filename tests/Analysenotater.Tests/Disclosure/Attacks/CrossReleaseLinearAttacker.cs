namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// The differencing attacker across releases: every released number is an equation «Σ coefficient × unknown = value»
/// over the unknowns (counts of atom × answer class); a target (a sum of unknowns a release hid, or a small atom) is
/// derivable when it is a linear combination of the equations — then its value follows by arithmetic alone, as
/// «Totalt − the other groups», «size group − its shown municipalities» or «all − all but person 17». Gaussian
/// elimination over the integers modulo the prime 2⁶¹ − 1 (exact arithmetic, no rounding). A derivation is reported
/// only when the derived value equals the true one (a rank that only drops modulo the prime would give a wrong
/// value and is not counted), so a reported derivation is a real attack. Known zeros (an equation with value 0 and
/// positive coefficients) are used as well: each of its unknowns is 0.
/// </summary>
internal sealed class CrossReleaseLinearAttacker(int unknowns)
{
    private const ulong P = (1UL << 61) - 1;

    private readonly List<(int Pivot, ulong[] Row, ulong Rhs, Dictionary<int, ulong> Combo)> _pivots = [];

    private readonly List<(Dictionary<int, long> Coefs, long Value, string Source)> _facts = [];

    /// <summary>The number of unknowns.</summary>
    public int Unknowns => unknowns;

    /// <summary>The number of equations recorded.</summary>
    public int FactCount => _facts.Count;

    /// <summary>The rank of the equations.</summary>
    public int Rank => _pivots.Count;

    /// <summary>An equation: the sum of <paramref name="vars"/> (a variable listed k times counts k times) is <paramref name="value"/>.</summary>
    public void Equal(IEnumerable<int> vars, long value, string source)
    {
        var coefs = new Dictionary<int, long>();
        foreach (var v in vars)
        {
            if (v < 0 || v >= unknowns)
            {
                throw new ArgumentOutOfRangeException(nameof(vars), $"{source}: unknown {v} outside 0…{unknowns - 1}");
            }

            coefs[v] = coefs.GetValueOrDefault(v) + 1;
        }

        _facts.Add((coefs, value, source));
        var fact = _facts.Count - 1;
        if (value == 0 && coefs.Count > 0)
        {
            foreach (var v in coefs.Keys)
            {
                Add(new Dictionary<int, long> { [v] = 1 }, 0, fact); // nonnegative counts summing to 0 are each 0
            }
        }
        else
        {
            Add(coefs, value, fact);
        }
    }

    private void Add(Dictionary<int, long> coefs, long value, int fact)
    {
        var combo = new Dictionary<int, ulong> { [fact] = 1 }; // the row as a combination of the facts
        var row = new ulong[unknowns];
        foreach (var (v, c) in coefs)
        {
            row[v] = Mod(c);
        }

        var rhs = Mod(value);
        foreach (var (pivot, prow, prhs, pcombo) in _pivots)
        {
            var f = row[pivot];
            if (f == 0)
            {
                continue;
            }

            for (var j = 0; j < unknowns; j++)
            {
                if (prow[j] != 0)
                {
                    row[j] = Sub(row[j], Mul(f, prow[j]));
                }
            }

            rhs = Sub(rhs, Mul(f, prhs));
            Combine(combo, pcombo, P - f);
        }

        var lead = Array.FindIndex(row, x => x != 0);
        if (lead < 0)
        {
            return; // dependent (a consistent repeat of what is known)
        }

        var inv = Inverse(row[lead]);
        for (var j = 0; j < unknowns; j++)
        {
            row[j] = Mul(row[j], inv);
        }

        rhs = Mul(rhs, inv);
        foreach (var k in combo.Keys.ToList())
        {
            combo[k] = Mul(combo[k], inv);
        }

        // Keep earlier pivot rows free of the new pivot column, so that reducing by the pivots in order is complete.
        for (var i = 0; i < _pivots.Count; i++)
        {
            var (p, prow, prhs, pcombo) = _pivots[i];
            var f = prow[lead];
            if (f == 0)
            {
                continue;
            }

            for (var j = 0; j < unknowns; j++)
            {
                if (row[j] != 0)
                {
                    prow[j] = Sub(prow[j], Mul(f, row[j]));
                }
            }

            Combine(pcombo, combo, P - f);
            _pivots[i] = (p, prow, Sub(prhs, Mul(f, rhs)), pcombo);
        }

        _pivots.Add((lead, row, rhs, combo));
    }

    /// <summary>
    /// The value of the target (the sum of <paramref name="vars"/>) when the equations determine it, else null. The
    /// value is checked against <paramref name="truth"/> (the true unknowns): a derivation that gives a wrong value
    /// is an artefact of the modulus and is not reported.
    /// </summary>
    public long? Derive(IEnumerable<int> vars, IReadOnlyList<long> truth) => Explain(vars, truth)?.Value;

    /// <summary>
    /// As <see cref="Derive"/>, with the derivation: the released numbers used and their multipliers (e.g. «+1 × Totalt
    /// n − 1 × K2 n»; a multiplier that is not a small integer or half is shown as «?»).
    /// </summary>
    public (long Value, string How)? Explain(IEnumerable<int> vars, IReadOnlyList<long> truth)
    {
        var combo = new Dictionary<int, ulong>();
        var t = new ulong[unknowns];
        long trueValue = 0;
        foreach (var v in vars)
        {
            t[v] = Sub(t[v], P - 1); // + 1
            trueValue += truth[v];
        }

        ulong rhs = 0;
        foreach (var (pivot, prow, prhs, pcombo) in _pivots)
        {
            var f = t[pivot];
            if (f == 0)
            {
                continue;
            }

            for (var j = 0; j < unknowns; j++)
            {
                if (prow[j] != 0)
                {
                    t[j] = Sub(t[j], Mul(f, prow[j]));
                }
            }

            rhs = Add(rhs, Mul(f, prhs));
            Combine(combo, pcombo, f);
        }

        if (Array.Exists(t, x => x != 0))
        {
            return null;
        }

        var value = Signed(rhs);
        if (value != trueValue)
        {
            return null;
        }

        string Multiplier(ulong c) =>
            Signed(c) is var i && Math.Abs(i) < 1000 ? (i > 0 ? "+" : "") + i.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Signed(Mul(c, 2)) is var h && Math.Abs(h) < 1000 ? (h > 0 ? "+" : "") + h.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/2"
            : "?";
        var how = string.Join(" ", combo.Where(kv => kv.Value != 0).OrderBy(kv => kv.Key).Select(kv => $"{Multiplier(kv.Value)} × [{_facts[kv.Key].Source} = {_facts[kv.Key].Value}]"));
        return (value, how);
    }

    private static long Signed(ulong x) => x > P / 2 ? -(long)(P - x) : (long)x;

    /// <summary>a += f × b (combinations of facts).</summary>
    private static void Combine(Dictionary<int, ulong> a, Dictionary<int, ulong> b, ulong f)
    {
        foreach (var (k, v) in b)
        {
            a[k] = Add(a.GetValueOrDefault(k), Mul(f, v));
        }
    }

    /// <summary>Checks that the true unknowns satisfy every equation (the released numbers were read correctly).</summary>
    public void CheckTruth(IReadOnlyList<long> truth)
    {
        foreach (var (coefs, value, source) in _facts)
        {
            var sum = coefs.Sum(kv => kv.Value * truth[kv.Key]);
            if (sum != value)
            {
                throw new InvalidOperationException($"Fact «{source}» = {value}, but the true table gives {sum}: the released numbers were read wrongly.");
            }
        }
    }

    /// <summary>Every recorded equation, for the exact (nonnegative integer) attacker.</summary>
    public IEnumerable<(int[] Vars, long Value, string Source)> Facts =>
        _facts.Select(f => (f.Coefs.SelectMany(kv => Enumerable.Repeat(kv.Key, (int)kv.Value)).ToArray(), f.Value, f.Source));

    private static ulong Mod(long x) => x >= 0 ? (ulong)x % P : (P - ((ulong)(-x) % P)) % P;

    private static ulong Add(ulong a, ulong b)
    {
        var s = a + b;
        return s >= P ? s - P : s;
    }

    private static ulong Sub(ulong a, ulong b) => a >= b ? a - b : a + P - b;

    private static ulong Mul(ulong a, ulong b)
    {
        var m = (UInt128)a * b;
        var lo = (ulong)(m & P);
        var hi = (ulong)(m >> 61);
        var s = lo + hi;
        return s >= P ? s - P : s;
    }

    private static ulong Inverse(ulong a)
    {
        // Fermat: a^(P−2).
        ulong result = 1, b = a, e = P - 2;
        while (e > 0)
        {
            if ((e & 1) != 0)
            {
                result = Mul(result, b);
            }

            b = Mul(b, b);
            e >>= 1;
        }

        return result;
    }
}
