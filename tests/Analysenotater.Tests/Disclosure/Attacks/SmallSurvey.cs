using Analysenotater.Data;
using Analysenotater.Disclosure;
using CsCheck;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// A random small survey for the attack properties: one item <c>q</c> (codes 1–3, or blank), grouping variables
/// <c>g</c> (codes 1…G) and <c>h</c> (codes 1–2), each blank for some respondents, and a weight <c>w</c>. Inner cells
/// for the attacker: atoms (g value or «none») × (h value or «none»), × answer classes (codes 1–3, blank).
/// </summary>
internal sealed record SmallSurvey(int Groups, int[] G, int[] H, int[] Q, double[] W, bool Labelled, DisclosurePolicy Policy)
{
    public const int Classes = 4; // codes 1, 2, 3 and blank

    public const int SecondGroups = 2;

    public int N => Q.Length;

    public int Unknowns => Atoms * Classes;

    public int Atoms => (Groups + 1) * (SecondGroups + 1);

    /// <summary>Generator: 1–14 respondents, 2–3 groups, about one in seven without a group value, one in six blank.</summary>
    public static Gen<SmallSurvey> Gen { get; } =
        from groups in CsCheck.Gen.Int[2, 3]
        from n in CsCheck.Gen.Int[1, 14]
        from g in CsCheck.Gen.Int[0, 6].Array[n]
        from h in CsCheck.Gen.Int[0, 6].Array[n]
        from q in CsCheck.Gen.Int[0, 5].Array[n]
        from w in CsCheck.Gen.Int[1, 4].Array[n]
        from labelled in CsCheck.Gen.Bool
        from five in CsCheck.Gen.Bool
        select new SmallSurvey(groups,
            [.. g.Select(x => x == 0 ? 0 : 1 + (x % groups))],
            [.. h.Select(x => x == 0 ? 0 : 1 + (x % SecondGroups))],
            [.. q.Select(x => x == 0 ? 0 : 1 + (x % 3))],
            [.. w.Select(x => (double)x)],
            labelled,
            five ? DisclosurePolicy.MinimumFive : DisclosurePolicy.KoRus2017);

    public SurveyDataset Data() => new(null,
    [
        CodeColumn.FromNullable("q", Q.Select(x => x == 0 ? (int?)null : x)),
        CodeColumn.FromNullable("g", G.Select(x => x == 0 ? (int?)null : x)),
        CodeColumn.FromNullable("h", H.Select(x => x == 0 ? (int?)null : x)),
        new NumericColumn("w", W),
    ]);

    public IReadOnlyDictionary<int, string>? GroupLabels => Labelled ? Enumerable.Range(1, Groups).ToDictionary(c => c, c => "G" + c) : null;

    public IReadOnlyDictionary<int, string>? SecondLabels => Labelled ? Enumerable.Range(1, SecondGroups).ToDictionary(c => c, c => "H" + c) : null;

    /// <summary>The atom of a (g, h) pair; 0 = no value.</summary>
    public int Atom(int g, int h) => ((g == 0 ? Groups : g - 1) * (SecondGroups + 1)) + (h == 0 ? SecondGroups : h - 1);

    public static int Class(int q) => q == 0 ? 3 : q - 1;

    public int Var(int atom, int cls) => (atom * Classes) + cls;

    /// <summary>The true count of each unknown.</summary>
    public int[] Truth()
    {
        var t = new int[Unknowns];
        for (var r = 0; r < N; r++)
        {
            t[Var(Atom(G[r], H[r]), Class(Q[r]))]++;
        }

        return t;
    }

    /// <summary>The atoms with g = <paramref name="g"/> (0 = none).</summary>
    public int[] AtomsOfG(int g) => [.. Enumerable.Range(0, SecondGroups + 1).Select(b => Atom(g, b == SecondGroups ? 0 : b + 1))];

    public int[] AtomsOfH(int h) => [.. Enumerable.Range(0, Groups + 1).Select(a => Atom(a == Groups ? 0 : a + 1, h))];

    public int[] AllAtoms => [.. Enumerable.Range(0, Atoms)];

    public int[] Vars(IEnumerable<int> atoms, IEnumerable<int> classes) => [.. atoms.SelectMany(a => classes.Select(c => Var(a, c)))];

    public static readonly int[] ValidClasses = [0, 1, 2];

    public static readonly int[] AllClasses = [0, 1, 2, 3];

    public override string ToString() =>
        $"{Policy.Name}, {Groups} groups, labelled={Labelled}: " + string.Join(" ", Enumerable.Range(0, N).Select(r => $"(g{G[r]} h{H[r]} q{Q[r]} w{W[r]})"));
}
