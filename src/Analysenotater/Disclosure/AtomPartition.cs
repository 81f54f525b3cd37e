namespace Analysenotater.Disclosure;

/// <summary>
/// The finest partition of a root dataset's rows by every grouping and subset released so far: two rows are in the same
/// atom when no release ever told them apart. Atoms are numbered in order of their first row, so a refinement that
/// splits nothing keeps every number.
/// </summary>
internal sealed class AtomPartition
{
    private int[] _atomOfRow;

    /// <summary>One atom holding all <paramref name="rows"/> rows (none when there are no rows).</summary>
    public AtomPartition(int rows)
    {
        _atomOfRow = new int[rows];
        Count = rows > 0 ? 1 : 0;
        Sizes = rows > 0 ? [rows] : [];
    }

    /// <summary>The number of atoms.</summary>
    public int Count { get; private set; }

    /// <summary>The atom of root row <paramref name="row"/>.</summary>
    public int AtomOf(int row) => _atomOfRow[row];

    /// <summary>The atom of every root row.</summary>
    public ReadOnlySpan<int> Rows => _atomOfRow;

    /// <summary>The number of root rows in each atom.</summary>
    public int[] Sizes { get; private set; } = [];

    /// <summary>
    /// Splits every atom by <paramref name="keyOfRow"/> (one key per root row, in its first elements; any integer ≥ −2). Returns, per old atom,
    /// the new atoms it became, or null when nothing was split.
    /// </summary>
    public int[][]? Refine(int[] keyOfRow)
    {
        var min = 0;
        var max = 0;
        foreach (var k in keyOfRow.AsSpan(0, _atomOfRow.Length))
        {
            min = Math.Min(min, k);
            max = Math.Max(max, k);
        }

        var width = (long)max - min + 1;
        var next = System.Buffers.ArrayPool<int>.Shared.Rent(_atomOfRow.Length);
        var count = 0;
        var children = new List<int>[Count];
        if (Count * width <= 1 << 22)
        {
            var table = new int[Count * width];
            Array.Fill(table, -1);
            for (var r = 0; r < _atomOfRow.Length; r++)
            {
                var old = _atomOfRow[r];
                var slot = (old * width) + keyOfRow[r] - min;
                if (table[slot] < 0)
                {
                    table[slot] = count++;
                    (children[old] ??= []).Add(table[slot]);
                }

                next[r] = table[slot];
            }
        }
        else
        {
            var table = new Dictionary<long, int>();
            for (var r = 0; r < _atomOfRow.Length; r++)
            {
                var old = _atomOfRow[r];
                var slot = (old * width) + keyOfRow[r] - min;
                if (!table.TryGetValue(slot, out var atom))
                {
                    atom = table[slot] = count++;
                    (children[old] ??= []).Add(atom);
                }

                next[r] = atom;
            }
        }

        if (count == Count)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(next);
            return null; // nothing split: every atom kept its number (numbered by first row)
        }

        _atomOfRow = next.AsSpan(0, _atomOfRow.Length).ToArray();
        System.Buffers.ArrayPool<int>.Shared.Return(next);
        Count = count;
        var sizes = new int[count];
        foreach (var a in _atomOfRow)
        {
            sizes[a]++;
        }

        Sizes = sizes;
        return [.. children.Select(c => c?.ToArray() ?? [])];
    }
}
