using System.Numerics;

namespace Analysenotater.Disclosure;

/// <summary>
/// What the <see cref="ReleaseLedger"/> knows of one measure (one variable's values): which root rows have a valid
/// value (of the rows some release covered), and every group of atoms released before — shown (at which level) or
/// protected. Row sets are bit words (32 rows per word).
/// </summary>
internal sealed class MeasureRecord
{
    private readonly int _rows;

    /// <summary>A record that knows no row yet.</summary>
    public MeasureRecord(int rootRows)
        : this(rootRows, new int[Words(rootRows)], new int[Words(rootRows)])
    {
    }

    /// <summary>A record with these row sets (<paramref name="knownWords"/> null = every row known).</summary>
    public MeasureRecord(int rootRows, int[]? knownWords, int[] countedWords)
    {
        _rows = rootRows;
        KnownWords = knownWords;
        CountedWords = countedWords;
    }

    /// <summary>Root rows some release of the measure covered; null when every root row is known.</summary>
    public int[]? KnownWords { get; set; }

    /// <summary>Root rows with a valid value of the measure (meaningful where known).</summary>
    public int[] CountedWords { get; set; }

    /// <summary>Groups released before, as sorted atom lists; each distinct entry once (<see cref="Add"/>).</summary>
    public List<LedgerEntry> Entries { get; } = [];

    private readonly HashSet<string> _entryKeys = new(StringComparer.Ordinal);

    /// <summary>Records an entry unless the same one is recorded (the same group released again tells nothing new).</summary>
    public void Add(LedgerEntry e)
    {
        if (_entryKeys.Add(Key(e)))
        {
            Entries.Add(e);
        }
    }

    private static string Key(LedgerEntry e) => string.Join('|', (int)e.Shown, (int)e.ProtectedBelow, string.Join(',', e.Zeros),
        e.Listed is null ? "-" : string.Join(',', e.Listed), e.Weights is null ? "-" : string.Join(',', e.Weights), string.Join(',', e.Atoms));

    /// <summary>Per atom: valid values (after <see cref="Recount"/>).</summary>
    public int[] CountedPerAtom { get; private set; } = [];

    /// <summary>Per atom: true when its rows are known to the measure.</summary>
    public bool[] KnownAtom { get; private set; } = [];

    /// <summary>True when the per-atom counts must be recomputed.</summary>
    public bool Stale
    {
        get => _stale;
        set
        {
            _stale = value;
            if (value)
            {
                _classCounts = null;
            }
        }
    }

    private bool _stale = true;
    private Dictionary<int, int[]>? _classCounts;

    private readonly List<(Data.DataLineage Lineage, Func<int[]> Classes)> _classSources = [];

    /// <summary>Adds where the answer class of the rows of <paramref name="lineage"/> can be computed (once per lineage).</summary>
    public void AddClassSource(Data.DataLineage lineage, Func<int[]> classes)
    {
        if (!_classSources.Exists(x => x.Lineage == lineage))
        {
            _classSources.Add((lineage, classes));
            _classCounts = null;
        }
    }

    /// <summary>
    /// Per answer class, the count per atom (computed from the class sources when first asked after a change);
    /// null when some known row has no source (its class is unknown).
    /// </summary>
    public Dictionary<int, int[]>? ClassCounts(AtomPartition atoms)
    {
        if (_classCounts is not null)
        {
            return _classCounts;
        }

        var seen = new bool[_rows];
        var counts = new Dictionary<int, int[]>();
        foreach (var (lineage, classes) in _classSources)
        {
            var cls = classes();
            for (var r = 0; r < cls.Length; r++)
            {
                var root = lineage.RootRow(r);
                if (seen[root])
                {
                    continue;
                }

                seen[root] = true;
                if (cls[r] != int.MinValue)
                {
                    (counts.TryGetValue(cls[r], out var c) ? c : counts[cls[r]] = new int[atoms.Count])[atoms.AtomOf(root)]++;
                }
            }
        }

        for (var r = 0; r < _rows; r++)
        {
            if (IsKnown(r) && !seen[r])
            {
                return null;
            }
        }

        return _classCounts = counts;
    }

    /// <summary>The number of 32-row words for <paramref name="rows"/> rows.</summary>
    public static int Words(int rows) => (rows + 31) / 32;

    /// <summary>True when root row <paramref name="row"/> is known.</summary>
    public bool IsKnown(int row) => KnownWords is null || (KnownWords[row >> 5] & (1 << (row & 31))) != 0;

    /// <summary>True when root row <paramref name="row"/> has a valid value.</summary>
    public bool IsCounted(int row) => (CountedWords[row >> 5] & (1 << (row & 31))) != 0;

    /// <summary>Marks a root row known with its validity.</summary>
    public void Learn(int row, bool counted)
    {
        KnownWords![row >> 5] |= 1 << (row & 31);
        if (counted)
        {
            CountedWords[row >> 5] |= 1 << (row & 31);
        }

        Stale = true;
    }

    /// <summary>Recomputes the per-atom counts over the root rows, word by word (a mostly valid word by its blanks).</summary>
    public void Recount(AtomPartition atoms)
    {
        var rows = atoms.Rows;
        var counted = new int[atoms.Count];
        var known = new bool[atoms.Count];
        var sizes = atoms.Sizes;
        if (KnownWords is null)
        {
            Array.Fill(known, true);
            Array.Copy(sizes, counted, sizes.Length);
        }

        for (var w = 0; w < CountedWords.Length; w++)
        {
            var start = w * 32;
            var valid = Math.Min(32, _rows - start);
            var inRange = valid == 32 ? uint.MaxValue : (1u << valid) - 1;
            var c = (uint)CountedWords[w] & inRange;
            if (KnownWords is null)
            {
                // Every row known, so counted = size − the rows without a valid value.
                for (var blank = ~c & inRange; blank != 0; blank &= blank - 1)
                {
                    counted[rows[start + BitOperations.TrailingZeroCount(blank)]]--;
                }

                continue;
            }

            var k = (uint)KnownWords[w] & inRange;
            for (; k != 0; k &= k - 1)
            {
                var b = BitOperations.TrailingZeroCount(k);
                var a = rows[start + b];
                known[a] = true;
                counted[a] += (int)((c >> b) & 1);
            }
        }

        CountedPerAtom = counted;
        KnownAtom = known;
        Stale = false;
    }

    /// <summary>Rewrites every entry in the atoms of a refinement (per old atom, the atoms it became).</summary>
    public void Remap(int[][] children)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            var e = Entries[i];
            if (e.Weights is { } w)
            {
                var pairs = e.Atoms.SelectMany((a, k) => children[a].Select(child => (child, w[k]))).OrderBy(x => x.child).ToArray();
                Entries[i] = e with { Atoms = [.. pairs.Select(x => x.child)], Weights = [.. pairs.Select(x => x.Item2)] };
                continue;
            }

            var atoms = e.Atoms.SelectMany(a => children[a]).ToArray();
            Array.Sort(atoms);
            Entries[i] = e with { Atoms = atoms };
        }

        _entryKeys.Clear();
        foreach (var e in Entries)
        {
            _entryKeys.Add(Key(e));
        }

        Stale = true;
    }
}
