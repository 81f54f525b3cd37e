using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Disclosure;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// A small survey for cross-release attacks: municipalities <c>k</c> (codes 1…K) nested in size groups <c>s</c>
/// (<see cref="SizeOf"/>: the public map municipality → size group; a respondent without a municipality may still
/// have a size group), a crossed grouping <c>h</c> (1–2), items <c>q1</c> (and <c>q2</c>) with codes 1–3 or blank,
/// any grouping value blank, and up to one row-index subset (<see cref="Excluded"/>: rows the analyst leaves out by
/// index). The attacker's atoms: (municipality, or «none» × size group or none) × (h or none) × (left out or not).
/// The dataset is built once (<see cref="Data"/>), so every release comes from the same data.
/// </summary>
internal sealed class CrossReleaseSurvey(int[] sizeOf, int[] k, int[] s, int[] h, int[] q1, int[]? q2, bool[] excluded, DisclosurePolicy policy)
{
    private SurveyDataset? _data;

    /// <summary>Size group (1…S) of municipality k (index k − 1).</summary>
    public int[] SizeOf { get; } = sizeOf;

    public int[] K { get; } = k;

    public int[] S { get; } = s;

    public int[] H { get; } = h;

    public int[] Q1 { get; } = q1;

    public int[]? Q2 { get; } = q2;

    /// <summary>Rows left out of the row-index subset (the analyst knows which indices they are, not their values).</summary>
    public bool[] Excluded { get; } = excluded;

    public DisclosurePolicy Policy { get; } = policy;

    public int N => Q1.Length;

    public int Municipalities => SizeOf.Length;

    /// <summary>Size groups 1 and 2 (and any higher one a municipality is in): labelled even when empty.</summary>
    public int SizeGroups => Math.Max(2, SizeOf.Max());

    public IReadOnlyList<string> Items => Q2 is null ? ["q1"] : ["q1", "q2"];

    public AnalysisContext Context => AnalysisContext.Default.WithDisclosure(Policy);

    /// <summary>The dataset (built once: every release of a case comes from this one object or its subsets).</summary>
    public SurveyDataset Data => _data ??= new SurveyDataset(null,
    [
        CodeColumn.FromNullable("q1", Q1.Select(Nullable)),
        .. Q2 is null ? Array.Empty<SurveyColumn>() : [CodeColumn.FromNullable("q2", Q2.Select(Nullable))],
        CodeColumn.FromNullable("k", K.Select(Nullable)),
        CodeColumn.FromNullable("s", S.Select(Nullable)),
        CodeColumn.FromNullable("h", H.Select(Nullable)),
    ]);

    /// <summary>The rows of a subset (taken once with <c>Where</c> and reused).</summary>
    public SurveyDataset DataOf(CrossReleaseSubset subset)
    {
        if (subset.Variable == ' ')
        {
            return Data;
        }

        if (!_subsets.TryGetValue(subset, out var d))
        {
            d = Data.Where(r => subset.Row(this, r));
            _subsets[subset] = d;
        }

        return d;
    }

    private readonly Dictionary<CrossReleaseSubset, SurveyDataset> _subsets = [];

    /// <summary>The same survey as a new dataset (no releases made from it yet).</summary>
    public CrossReleaseSurvey Fresh() => new(SizeOf, K, S, H, Q1, Q2, Excluded, Policy);

    private static int? Nullable(int x) => x == 0 ? null : x;

    /// <summary>Every atom key: [municipality dimension, h, left out].</summary>
    public IReadOnlyList<int[]> AtomKeys =>
        [.. from kd in Enumerable.Range(0, Municipalities + SizeGroups + 1)
            from hv in Enumerable.Range(0, 3)
            from x in Enumerable.Range(0, Excluded.Any(e => e) ? 2 : 1)
            select new[] { kd, hv, x }];

    /// <summary>The municipality dimension of a row: k − 1, or K + s for a row without a municipality.</summary>
    private int KDim(int row) => K[row] > 0 ? K[row] - 1 : Municipalities + S[row];

    /// <summary>The atom index of a row.</summary>
    public int AtomOf(int row)
    {
        var keys = AtomKeys;
        var key = new[] { KDim(row), H[row], Excluded[row] ? 1 : 0 };
        for (var a = 0; a < keys.Count; a++)
        {
            if (keys[a].SequenceEqual(key))
            {
                return a;
            }
        }

        throw new InvalidOperationException("No atom for row " + row);
    }

    public int KOf(int[] key) => key[0] < Municipalities ? key[0] + 1 : 0;

    public int SOf(int[] key) => key[0] < Municipalities ? SizeOf[key[0]] : key[0] - Municipalities;

    public static int HOf(int[] key) => key[1];

    /// <summary>The value of a grouping variable ('k', 's', 'h') in an atom (0 = none).</summary>
    public int ValueOf(char variable, int[] key) => variable switch { 'k' => KOf(key), 's' => SOf(key), _ => HOf(key) };

    /// <summary>The value of a grouping variable in a row (0 = none).</summary>
    public int ValueOf(char variable, int row) => variable switch { 'k' => K[row], 's' => S[row], _ => H[row] };

    /// <summary>The codes of a row's answers, one per item.</summary>
    public int[] Codes(int row) => Q2 is null ? [Q1[row]] : [Q1[row], Q2[row]];

    /// <summary>The labels of a grouping variable's codes (every code, so empty groups are shown as empty).</summary>
    public IReadOnlyDictionary<int, string> Labels(char variable) =>
        Enumerable.Range(1, variable switch { 'k' => Municipalities, 's' => SizeGroups, _ => 2 })
            .ToDictionary(c => c, c => char.ToUpperInvariant(variable) + c.ToString(CultureInfo.InvariantCulture));

    /// <summary>The atoms of a group label of a table by <paramref name="variables"/> («K2», «S1 – H2»).</summary>
    public Func<int[], bool> GroupAtoms(string label, string variables)
    {
        var parts = label.Split(" – ");
        var codes = parts.Select(p => int.Parse(p[1..], CultureInfo.InvariantCulture)).ToArray();
        return key => Enumerable.Range(0, variables.Length).All(i => ValueOf(variables[i], key) == codes[i]);
    }

    /// <summary>The atoms of the rows with no value on some of <paramref name="variables"/>.</summary>
    public Func<int[], bool> WithoutGroup(string variables) => key => variables.Any(v => ValueOf(v, key) == 0);

    /// <summary>
    /// The unknowns the attacker starts with. It knows nothing but what the releases show (not even the number of
    /// rows, nor how many rows a subset left out: a reader of the report sees only the released numbers).
    /// </summary>
    public CrossReleaseFacts NewFacts() => new(AtomKeys, Items);

    /// <summary>The true unknowns.</summary>
    public long[] Truth(CrossReleaseFacts f) => f.Truth(Enumerable.Range(0, N).Select(r => (AtomOf(r), Codes(r))));

    public override string ToString() =>
        $"{Policy.Name}; municipalities → size groups [{string.Join(",", SizeOf)}]; rows (k s h q1{(Q2 is null ? "" : " q2")}{(Excluded.Any(e => e) ? " left-out" : "")}): " +
        string.Join(" ", Enumerable.Range(0, N).Select(r => $"({K[r]} {S[r]} {H[r]} {Q1[r]}{(Q2 is null ? "" : " " + Q2[r])}{(Excluded[r] ? " x" : "")})"));
}
