namespace Analysenotater.Disclosure;

/// <summary>
/// The linear core of secondary suppression, in the manner of Statistics Norway's GaussSuppression: published cells
/// are sums of inner cells (the finest cross-classification: group × answer class). A hidden cell is disclosed
/// exactly when its vector lies in the span of the published cells' vectors (it is then a linear combination of
/// published numbers). Cells are offered for publication one at a time (or in blocks) in a fixed priority order;
/// an offer is refused — the cell becomes secondary suppressed — when accepting it would put one of the protected
/// (primary) vectors into the span. Implemented as incremental Gaussian elimination: the published span is kept in
/// echelon form and every protected vector is kept reduced against it, so a protected vector that reduces to zero
/// is derivable.
/// </summary>
/// <remarks>
/// Arithmetic is exact modulo the Mersenne prime 2^61 − 1: a zero over the rationals is zero modulo p, and a
/// nonzero rational is nonzero modulo p unless p divides its numerator, a minor of a 0/1 matrix — impossible for the
/// table sizes this library forms (the Hadamard bound stays far below p for up to a few dozen pivots) and of
/// probability about 2^−61 beyond. The decision never depends on floating-point tolerance.
/// </remarks>
internal sealed class LinearSuppression
{
    private const ulong P = (1UL << 61) - 1;

    private readonly int _dimension;
    private readonly List<(int Pivot, ulong[] Row)> _basis = [];
    private readonly List<ulong[]> _protected = [];
    private readonly List<bool> _derivable = [];

    /// <summary>A system over <paramref name="dimension"/> inner cells.</summary>
    public LinearSuppression(int dimension) => _dimension = dimension;

    /// <summary>Registers a cell that must not become derivable (a primary suppressed cell); returns its index.</summary>
    public int Protect(IEnumerable<int> innerCells)
    {
        var v = Vector(innerCells);
        Reduce(v);
        _protected.Add(v);
        _derivable.Add(IsZero(v));
        return _protected.Count - 1;
    }

    /// <summary>True when protected cell <paramref name="index"/> is already a linear combination of published cells.</summary>
    public bool IsDerivable(int index) => _derivable[index];

    /// <summary>True when some protected cell is derivable (possible only through <see cref="Publish(IEnumerable{int})"/>).</summary>
    public bool AnyDerivable => _derivable.Contains(true);

    /// <summary>
    /// Offers a block of cells (all published together or none): accepted when no protected cell becomes derivable;
    /// otherwise the system is left as it was and false is returned.
    /// </summary>
    public bool TryPublish(IReadOnlyList<IEnumerable<int>> block) => TryAdd(block.Select(Vector));

    /// <summary>Adds the vectors; when a protected cell becomes derivable, restores the system and returns false.</summary>
    private bool TryAdd(IEnumerable<ulong[]> vectors)
    {
        var basisCount = _basis.Count;
        var saved = _protected.Select(v => (ulong[])v.Clone()).ToList();
        var savedFlags = _derivable.ToList();
        foreach (var v in vectors)
        {
            Add(v);
        }

        for (var i = 0; i < _protected.Count; i++)
        {
            if (!savedFlags[i] && _derivable[i])
            {
                _basis.RemoveRange(basisCount, _basis.Count - basisCount);
                for (var j = 0; j < saved.Count; j++)
                {
                    _protected[j] = saved[j];
                    _derivable[j] = savedFlags[j];
                }

                return false;
            }
        }

        return true;
    }

    /// <summary>Publishes a cell unconditionally (a number already released); protected cells may become derivable.</summary>
    public void Publish(IEnumerable<int> innerCells) => Add(Vector(innerCells));

    /// <summary>Publishes a weighted sum of inner cells unconditionally (coefficients from <see cref="Coefficient"/>).</summary>
    public void Publish(IEnumerable<(int Cell, ulong Coefficient)> weighted) => Add(Vector(weighted));

    /// <summary>As <see cref="TryPublish(IReadOnlyList{IEnumerable{int}})"/> for one weighted sum of inner cells.</summary>
    public bool TryPublish(IEnumerable<(int Cell, ulong Coefficient)> weighted) => TryAdd([Vector(weighted)]);

    /// <summary>
    /// A weight as an exact element of the field: a finite double is m·2^e with an integer m, so it maps to m·(2^e) mod p
    /// without rounding (two weights that are equal as rationals map to the same element).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A weight that is not finite or is negative.</exception>
    public static ulong Coefficient(double weight)
    {
        if (!double.IsFinite(weight) || weight < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A weight must be finite and ≥ 0.");
        }

        if (weight == 0)
        {
            return 0;
        }

        var bits = BitConverter.DoubleToInt64Bits(weight);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = (ulong)(bits & 0xFFFFFFFFFFFFFL);
        if (exponent == 0)
        {
            exponent = 1; // subnormal
        }
        else
        {
            mantissa |= 1UL << 52;
        }

        var e = exponent - 1075; // weight = mantissa · 2^e
        var m = mantissa % P;
        var two = Pow(2, (ulong)Math.Abs(e));
        return e >= 0 ? Mul(m, two) : Mul(m, Inverse(two));
    }

    private static ulong Pow(ulong b, ulong e)
    {
        ulong result = 1;
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

    private ulong[] Vector(IEnumerable<(int Cell, ulong Coefficient)> weighted)
    {
        var v = new ulong[_dimension];
        foreach (var (i, c) in weighted)
        {
            v[i] = (v[i] + c) % P;
        }

        return v;
    }

    private void Add(ulong[] v)
    {
        Reduce(v);
        var pivot = Array.FindIndex(v, x => x != 0);
        if (pivot < 0)
        {
            return; // already in the span
        }

        _basis.Add((pivot, v));
        for (var i = 0; i < _protected.Count; i++)
        {
            var p = _protected[i];
            if (p[pivot] != 0)
            {
                Eliminate(p, pivot, v);
                _derivable[i] = IsZero(p);
            }
        }
    }

    private ulong[] Vector(IEnumerable<int> innerCells)
    {
        var v = new ulong[_dimension];
        foreach (var i in innerCells)
        {
            v[i] = (v[i] + 1) % P;
        }

        return v;
    }

    private void Reduce(ulong[] v)
    {
        foreach (var (pivot, row) in _basis)
        {
            if (v[pivot] != 0)
            {
                Eliminate(v, pivot, row);
            }
        }
    }

    /// <summary>v ← v − (v[pivot] / row[pivot]) · row, modulo p.</summary>
    private static void Eliminate(ulong[] v, int pivot, ulong[] row)
    {
        var factor = Mul(v[pivot], Inverse(row[pivot]));
        for (var j = pivot; j < v.Length; j++)
        {
            if (row[j] != 0)
            {
                v[j] = Sub(v[j], Mul(factor, row[j]));
            }
        }
    }

    private static bool IsZero(ulong[] v) => Array.TrueForAll(v, x => x == 0);

    private static ulong Mul(ulong a, ulong b)
    {
        var r = (UInt128)a * b;
        var lo = (ulong)(r & P);
        var hi = (ulong)(r >> 61);
        var s = lo + hi;
        return s >= P ? s - P : s;
    }

    private static ulong Sub(ulong a, ulong b) => a >= b ? a - b : a + P - b;

    /// <summary>Fermat: a^(p−2) is a's inverse.</summary>
    private static ulong Inverse(ulong a) => Pow(a, P - 2);
}
