using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Reporting;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// What an analyst learns from several releases of one dataset, as equations for the
/// <see cref="CrossReleaseLinearAttacker"/> (and, when small, the <see cref="ExactAttacker"/>). The unknowns are the
/// counts of each atom × answer class: an atom is a cell of the finest cross-classification the analyst can name
/// (every grouping variable with «no value» as a level, and membership of every row-index subset), described by its
/// key (one int per dimension); the answer class is the joint class of the items (codes 1–3 or blank, per item).
/// Each release is read through the public API only — n's, respondents, blanks, counts, means, rounded
/// percentages, the respondents without a group — and every cell it hides becomes a target the attacker must not
/// pin down.
/// </summary>
internal sealed class CrossReleaseFacts
{
    /// <summary>Classes per item: codes 1, 2, 3 and blank.</summary>
    public const int ItemClasses = 4;

    private readonly IReadOnlyList<int[]> _atoms;
    private readonly IReadOnlyList<string> _items;

    /// <param name="atoms">The key of each atom.</param>
    /// <param name="items">The item names, in joint-class order.</param>
    public CrossReleaseFacts(IReadOnlyList<int[]> atoms, IReadOnlyList<string> items)
    {
        _atoms = atoms;
        _items = items;
        Classes = (int)Math.Pow(ItemClasses, items.Count);
        Linear = new CrossReleaseLinearAttacker(atoms.Count * Classes);
    }

    /// <summary>Joint answer classes per atom.</summary>
    public int Classes { get; }

    /// <summary>The number of unknowns.</summary>
    public int Unknowns => _atoms.Count * Classes;

    /// <summary>The atoms' keys.</summary>
    public IReadOnlyList<int[]> Atoms => _atoms;

    /// <summary>The equations read so far.</summary>
    public CrossReleaseLinearAttacker Linear { get; }

    /// <summary>The cells the releases hid (name → the cell, and the group it belongs to).</summary>
    public Dictionary<string, HiddenCell> Hidden { get; } = [];

    /// <summary>
    /// A cell a release hid: its unknowns, the unknowns of its group's n (valid answers to the item), and whether
    /// it is a distribution (an answer count: protected below the distribution threshold) or the n layer (n and
    /// respondents: protected below the means threshold).
    /// </summary>
    internal sealed record HiddenCell(int[] Vars, int[] GroupN, bool Distribution)
    {
        /// <summary>
        /// Whether the rule hid the cell for its own group (primary): the group's n is below the layer's threshold
        /// (and above 0). Otherwise it was hidden only to protect another cell (secondary suppression), and is not
        /// itself a disclosure when another release shows it.
        /// </summary>
        public bool IsPrimary(IReadOnlyList<long> truth, DisclosurePolicy policy)
        {
            var n = GroupN.Sum(v => truth[v]);
            return n > 0 && n < (Distribution ? policy.MinimumForDistributions : policy.MinimumForMeans);
        }
    }

    /// <summary>The cells the releases hid for their own group (<see cref="HiddenCell.IsPrimary"/>), as targets.</summary>
    public IEnumerable<KeyValuePair<string, int[]>> PrimaryHidden(IReadOnlyList<long> truth, DisclosurePolicy policy) =>
        Hidden.Where(h => h.Value.IsPrimary(truth, policy)).Select(h => new KeyValuePair<string, int[]>(h.Key, h.Value.Vars));

    /// <summary>The cells the releases hid only to protect others (secondary), as targets.</summary>
    public IEnumerable<KeyValuePair<string, int[]>> SecondaryHidden(IReadOnlyList<long> truth, DisclosurePolicy policy) =>
        Hidden.Where(h => !h.Value.IsPrimary(truth, policy)).Select(h => new KeyValuePair<string, int[]>(h.Key, h.Value.Vars));

    /// <summary>The class of an answer code (0 = blank) of one item.</summary>
    public static int ClassOf(int code) => code == 0 ? 3 : code - 1;

    /// <summary>The unknown of an atom and joint class.</summary>
    public int Var(int atom, int jointClass) => (atom * Classes) + jointClass;

    /// <summary>The joint class of a row's answers (one code per item, 0 = blank).</summary>
    public static int JointClass(IReadOnlyList<int> codes)
    {
        var c = 0;
        for (var i = codes.Count - 1; i >= 0; i--)
        {
            c = (c * ItemClasses) + ClassOf(codes[i]);
        }

        return c;
    }

    /// <summary>The unknowns of the atoms matching <paramref name="atom"/> whose answer to <paramref name="item"/> is in <paramref name="classes"/>.</summary>
    public int[] Vars(Func<int[], bool> atom, string item, IEnumerable<int> classes)
    {
        var i = ItemIndex(item);
        var set = classes.ToHashSet();
        var divisor = (int)Math.Pow(ItemClasses, i);
        var list = new List<int>();
        for (var a = 0; a < _atoms.Count; a++)
        {
            if (!atom(_atoms[a]))
            {
                continue;
            }

            for (var c = 0; c < Classes; c++)
            {
                if (set.Contains(c / divisor % ItemClasses))
                {
                    list.Add(Var(a, c));
                }
            }
        }

        return [.. list];
    }

    /// <summary>The unknowns of the matching atoms, every class (their respondents).</summary>
    public int[] AllVars(Func<int[], bool> atom) =>
        [.. Enumerable.Range(0, _atoms.Count).Where(a => atom(_atoms[a])).SelectMany(a => Enumerable.Range(0, Classes).Select(c => Var(a, c)))];

    /// <summary>The true unknowns: per row its atom and its codes (one per item, 0 = blank).</summary>
    public long[] Truth(IEnumerable<(int Atom, int[] Codes)> rows)
    {
        var t = new long[Unknowns];
        foreach (var (atom, codes) in rows)
        {
            t[Var(atom, JointClass(codes))]++;
        }

        return t;
    }

    /// <summary>
    /// Every number a frequency table of <paramref name="item"/> shows. <paramref name="inData"/>: the atoms of the
    /// rows the table was computed on; <paramref name="group"/>: the atoms of a group label (Totalt excepted);
    /// <paramref name="withoutGroup"/>: the atoms of the rows without a group value (null for a table of everyone).
    /// </summary>
    public void Add(FrequencyTable t, string item, Func<int[], bool> inData, Func<string, Func<int[], bool>> group, Func<int[], bool>? withoutGroup, string name)
    {
        var valid = new[] { 0, 1, 2 };
        foreach (var label in t.Groups)
        {
            Func<int[], bool> atoms = label == GroupLabels.Total ? inData : (k => inData(k) && group(label)(k));
            var cell = $"{name} «{label}»";
            Fact(t.ValidN(label), Vars(atoms, item, valid), $"{cell} n");
            Fact(t.Respondents(label), AllVars(atoms), $"{cell} respondents");
            Fact(t.MissingCount(label, ResponseStatus.NoAnswer), Vars(atoms, item, [3]), $"{cell} blank");
            if (!double.IsNaN(t.Mean(label)) && t.ValidN(label) is { } vn and > 0)
            {
                Linear.Equal(valid.SelectMany(c => Enumerable.Repeat(Vars(atoms, item, [c]), c + 1).SelectMany(v => v)), (long)Math.Round(t.Mean(label) * vn), $"{cell} n × mean");
            }

            if (t.Level(label) == DisclosureLevel.Nothing)
            {
                Hidden[$"{cell} n"] = new(Vars(atoms, item, valid), Vars(atoms, item, valid), false);
                Hidden[$"{cell} respondents"] = new(AllVars(atoms), Vars(atoms, item, valid), false);
            }

            if (t.Level(label) != DisclosureLevel.Full)
            {
                foreach (var c in valid)
                {
                    Hidden[$"{cell} count of {c + 1}"] = new(Vars(atoms, item, [c]), Vars(atoms, item, valid), true);
                }
            }

            if (t.Categories.Contains(ReportCell.SuppressedMarker))
            {
                continue;
            }

            foreach (var c in valid)
            {
                var category = (c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!t.Categories.Contains(category))
                {
                    // A code that is not a category was given by no one in a group shown in full (without a scale,
                    // the categories are the codes the groups shown in full hold).
                    if (t.Level(label) == DisclosureLevel.Full)
                    {
                        Linear.Equal(Vars(atoms, item, [c]), 0, $"{cell} no category {category}");
                    }

                    continue;
                }

                Fact(t.Count(label, category), Vars(atoms, item, [c]), $"{cell} count {category}");
                if (t.DenominatorN(label) is { } den and > 0 && !double.IsNaN(t.Percent(label, category)))
                {
                    Percent(t.Percent(label, category), t.Options.Decimals, den, Vars(atoms, item, [c]), $"{cell} % {category}");
                }
            }
        }

        if (withoutGroup is not null)
        {
            Func<int[], bool> none = k => inData(k) && withoutGroup(k);
            Fact(t.RespondentsWithoutGroup, AllVars(none), $"{name} without group");
            if (t.RespondentsWithoutGroup is null)
            {
                // Hidden as a group of its own: its respondents, n and answers.
                Hidden[$"{name} without group respondents"] = new(AllVars(none), Vars(none, item, valid), false);
                Hidden[$"{name} without group n"] = new(Vars(none, item, valid), Vars(none, item, valid), false);
                foreach (var c in valid)
                {
                    Hidden[$"{name} without group count of {c + 1}"] = new(Vars(none, item, [c]), Vars(none, item, valid), true);
                }
            }
        }
    }

    /// <summary>Every number a key-figure table shows (n and rounded % per row and group; rows of one item, codes 1–3).</summary>
    public void Add(KeyFigureTable t, Func<int[], bool> inData, Func<string, Func<int[], bool>> group, Func<int[], bool> withoutGroup, string name)
    {
        foreach (var row in t.Rows)
        {
            var item = row.ItemId;
            var inRow = row.Codes.Where(c => c is >= 1 and <= 3).Select(c => c - 1).ToArray();
            foreach (var label in t.Groups)
            {
                Func<int[], bool> atoms = label == GroupLabels.Total ? inData : (k => inData(k) && group(label)(k));
                var cell = $"{name} {row.Label} «{label}»";
                var n = t.N(row.Label, label);
                Fact(n, Vars(atoms, item, [0, 1, 2]), $"{cell} n");
                if (n is null)
                {
                    Hidden[$"{cell} n"] = new(Vars(atoms, item, [0, 1, 2]), Vars(atoms, item, [0, 1, 2]), false);
                }

                var pct = t.Percent(row.Label, label);
                if (n is { } nn and > 0 && !double.IsNaN(pct))
                {
                    Percent(pct, 0, nn, Vars(atoms, item, inRow), $"{cell} %");
                }
                else
                {
                    Hidden[$"{cell} count"] = new(Vars(atoms, item, inRow), Vars(atoms, item, [0, 1, 2]), true);
                }
            }
        }

        Fact(t.RespondentsWithoutGroup, AllVars(k => inData(k) && withoutGroup(k)), $"{name} without group");
        if (t.RespondentsWithoutGroup is null)
        {
            Func<int[], bool> none = k => inData(k) && withoutGroup(k);
            Hidden[$"{name} without group respondents"] = new(AllVars(none), Vars(none, t.Rows[0].ItemId, [0, 1, 2]), false);
            foreach (var row in t.Rows)
            {
                Hidden[$"{name} {row.Label} without group n"] = new(Vars(none, row.ItemId, [0, 1, 2]), Vars(none, row.ItemId, [0, 1, 2]), false);
                Hidden[$"{name} {row.Label} without group count"] = new(Vars(none, row.ItemId, [.. row.Codes.Where(c => c is >= 1 and <= 3).Select(c => c - 1)]), Vars(none, row.ItemId, [0, 1, 2]), true);
            }
        }
    }

    /// <summary>A rounded percentage of a known n: an equation when only one count rounds to it (always so for n below 100 at whole per cent).</summary>
    private void Percent(double shown, int decimals, int n, int[] vars, string source)
    {
        var rounded = Math.Round(shown, decimals, MidpointRounding.AwayFromZero);
        var counts = Enumerable.Range(0, n + 1).Where(k => Math.Round(100.0 * k / n, decimals, MidpointRounding.AwayFromZero) == rounded).ToList();
        if (counts.Count == 1)
        {
            Linear.Equal(vars, counts[0], source);
        }
    }

    private void Fact(int? value, int[] vars, string source)
    {
        if (value is { } v)
        {
            Linear.Equal(vars, v, source);
        }
    }

    private int ItemIndex(string item) =>
        _items.ToList().IndexOf(item) is var i and >= 0 ? i : throw new ArgumentException($"Unknown item {item}", nameof(item));

    /// <summary>
    /// The attack: every target (name → unknowns summed) that the equations
    /// determine at a nonzero value, as «name = value». A target named «… respondents» (a group's number of people,
    /// blanks included) counts only below <paramref name="fewestPeople"/>: a group of many people whose answers to one
    /// item are few hides its respondents with its n, but another item's table may show them, and the people are
    /// not few (its n, the protected number, is a target of its own).
    /// </summary>
    public List<string> Derivable(IReadOnlyList<long> truth, int fewestPeople, IEnumerable<KeyValuePair<string, int[]>> targets)
    {
        Linear.CheckTruth(truth);
        var found = new List<string>();
        foreach (var (name, vars) in targets)
        {
            if (Linear.Explain(vars, truth) is ({ } v, var how) && v != 0 && (v < fewestPeople || !name.EndsWith(" respondents", StringComparison.Ordinal)))
            {
                found.Add(found.Count < 2 ? $"{name} = {v} (= {how})" : $"{name} = {v}");
            }
        }

        return found;
    }
}
