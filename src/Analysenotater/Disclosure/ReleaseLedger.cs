using Analysenotater.Data;

namespace Analysenotater.Disclosure;

/// <summary>
/// Everything released so far from one imported dataset and every subset and derivation of it, so that a new release
/// cannot be combined with earlier ones to work out a hidden group (secondary suppression across releases, in the
/// manner of Statistics Norway's GaussSuppression over all tables of one data set).
/// </summary>
/// <remarks>
/// <para>
/// The unknowns are atoms: the finest partition of the root rows by every grouping and subset (<c>Where</c>) ever
/// released. Per measure (the variable whose values are released), a group shown at «n and means» publishes its
/// n and sum, and a group shown in full its distribution too; with the same atoms, these are the same linear
/// functionals class by class, so a group's quantities are derivable exactly when its atom vector is a linear
/// combination of the shown groups' vectors (and atoms known to hold no valid value). Two layers, as the tiers:
/// «n and means» (protected: groups and atoms with 0 &lt; n &lt; <see cref="DisclosurePolicy.MinimumForMeans"/>) and
/// distributions (protected: groups and atoms with 0 &lt; n &lt; <see cref="DisclosurePolicy.MinimumForDistributions"/>).
/// A small atom is protected even if no release showed it as a group: a subset that differs from an earlier one by
/// one person is that person.
/// </para>
/// <para>
/// A new release is settled by <see cref="Settle(ReleaseProposal, Func{DisclosureLevel[], DisclosureLevel[]})"/>:
/// its groups are offered one at a time (every row first, then by n descending, groups an earlier release hid
/// last, ties in release order) and a group whose publication would make a protected vector derivable is capped below
/// the layer; the release decides again under the caps until nothing changes. Earlier releases are never changed:
/// the later release gives way, so the order of releases decides which groups are hidden. The choice is
/// deterministic. A policy without complementary suppression (or <see cref="DisclosurePolicy.None"/>) lowers nothing,
/// but what it shows is still recorded. Arithmetic is exact (<see cref="LinearSuppression"/>).
/// </para>
/// <para>Thread-safe: releases are settled one at a time.</para>
/// </remarks>
internal sealed class ReleaseLedger
{
    private static long s_serial;
    private readonly Lock _gate = new();
    private readonly AtomPartition _atoms;
    private readonly Dictionary<string, List<MeasureRecord>> _measures = new(StringComparer.Ordinal);

    // Partitions (by array) and subsets (by lineage) already applied: applying one again splits nothing.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<int[], DataLineage> _appliedPartitions = [];
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DataLineage, object> _appliedSubsets = [];
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, GroupAtomsCache> _groupAtoms = [];

    /// <summary>A ledger for a root dataset of <paramref name="rootRows"/> rows.</summary>
    public ReleaseLedger(int rootRows)
    {
        RootRowCount = rootRows;
        _atoms = new AtomPartition(rootRows);
        Serial = Interlocked.Increment(ref s_serial);
    }

    /// <summary>Creation order (the oldest ledger among a dataset's columns is the dataset's).</summary>
    public long Serial { get; }

    /// <summary>The number of rows of the root data.</summary>
    public int RootRowCount { get; }

    /// <summary>The number of atoms so far (for tests and diagnostics).</summary>
    public int AtomCount => _atoms.Count;

    /// <summary>The ledger of <paramref name="data"/>'s root data.</summary>
    public static ReleaseLedger Of(SurveyDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Lineage.Ledger;
    }

    /// <summary>Settles a release of one measure; see the class remarks.</summary>
    /// <param name="proposal">The release.</param>
    /// <param name="decide">The release's own decision under caps per group (a level never above its cap).</param>
    public ReleaseDecision Settle(ReleaseProposal proposal, Func<DisclosureLevel[], DisclosureLevel[]> decide) => Settle([proposal], decide);

    /// <summary>
    /// Settles a release that shows the same groups for several measures (for example an item's answers and the
    /// respondent counts): a group is shown only at a level every measure allows.
    /// </summary>
    /// <param name="proposals">One per measure; the same data, partitions and groups.</param>
    /// <param name="decide">The release's own decision under caps per group (a level never above its cap).</param>
    /// <exception cref="ArgumentException">No proposal, or proposals on other data or with other groups.</exception>
    public ReleaseDecision Settle(IReadOnlyList<ReleaseProposal> proposals, Func<DisclosureLevel[], DisclosureLevel[]> decide)
    {
        ArgumentNullException.ThrowIfNull(decide);
        return Settle(proposals, (caps, _) => decide(caps));
    }

    /// <summary>
    /// The log of this ledger's releases kept outside the process (a state file per data source), or null: then
    /// <see cref="Settle(IReadOnlyList{ReleaseProposal}, Func{DisclosureLevel[], bool[], DisclosureLevel[]})"/> first replays
    /// what other processes committed and afterwards appends the release (Disclosure/Persistence).
    /// </summary>
    internal Persistence.LedgerJournal? Journal { get; set; }


    /// <summary>
    /// As <see cref="Settle(IReadOnlyList{ReleaseProposal}, Func{DisclosureLevel[], DisclosureLevel[]})"/>, and the
    /// release's own decision is told which of its groups an earlier release of the same measures hid (the second
    /// argument, per group), so that its secondary suppression can choose those again rather than new ones.
    /// </summary>
    public ReleaseDecision Settle(IReadOnlyList<ReleaseProposal> proposals, Func<DisclosureLevel[], bool[], DisclosureLevel[]> decide) =>
        Journal is { } journal ? journal.Settle(this, proposals, decide) : SettleHere(proposals, decide);

    /// <summary>Settles a release against this ledger's releases in memory only (the journal calls it, also to replay).</summary>
    internal ReleaseDecision SettleHere(IReadOnlyList<ReleaseProposal> proposals, Func<DisclosureLevel[], bool[], DisclosureLevel[]> decide)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        ArgumentNullException.ThrowIfNull(decide);
        if (proposals.Count == 0 || proposals.Any(p => p.Data.Lineage.Ledger != this || p.Groups.Count != proposals[0].Groups.Count))
        {
            throw new ArgumentException("Every proposal must be on this ledger's data and show the same groups.", nameof(proposals));
        }

        var first = proposals[0];
        var caps = Enumerable.Repeat(DisclosureLevel.Full, first.Groups.Count).ToArray();
        DisclosureLevel[] alone;
        var levels = caps;
        lock (_gate)
        {
            var weightKeys = WeightKeys(first);
            Refine(weightKeys is null ? first : first with { Partitions = [.. first.Partitions, weightKeys.Value.Keys] });
            var groupAtoms = GroupAtoms(first);
            var records = proposals.Select(Take).ToList();
            var atomWeights = proposals.Select(p => p.Weights is not null && weightKeys is { } wk ? AtomWeights(p, wk.Values, wk.Keys) : null).ToArray();
            for (var i = 0; i < records.Count; i++)
            {
                if (proposals[i].Classes is { } classes)
                {
                    records[i].AddClassSource(proposals[i].Data.Lineage, classes);
                }

                if (records[i].Stale)
                {
                    records[i].Recount(_atoms);
                }
            }

            var hiddenBefore = groupAtoms.Select(atoms => atoms.Length > 0
                && records.Any(r => r.Entries.Any(e => e.Shown == DisclosureLevel.Nothing && e.Atoms.AsSpan().SequenceEqual(atoms)))).ToArray();
            alone = decide(caps, hiddenBefore);
            levels = alone;

            var policy = first.Policy;
            if (!policy.IsDisabled && policy.ComplementarySuppression)
            {
                while (true)
                {
                    var lowered = false;
                    for (var i = 0; i < records.Count; i++)
                    {
                        var layers = proposals[i].Measure == ReleaseProposal.Respondents ? [DisclosureLevel.MeansOnly] : new[] { DisclosureLevel.MeansOnly, DisclosureLevel.Full };
                        foreach (var layer in layers)
                        {
                            lowered |= Check(records[i], layer, groupAtoms, levels, caps, policy, proposals[i].Zeros, proposals[i].Listed, atomWeights[i]);
                        }

                        if (proposals[i].Classes is not null && atomWeights[i] is null)
                        {
                            lowered |= CheckMeans(records[i], groupAtoms, levels, caps, policy, proposals[i].Zeros, proposals[i].Listed);
                        }
                    }

                    if (!lowered)
                    {
                        break;
                    }

                    levels = decide(caps, hiddenBefore);
                }
            }

            for (var i = 0; i < records.Count; i++)
            {
                Commit(records[i], groupAtoms, levels, policy, proposals[i].Zeros, proposals[i].Listed, atomWeights[i]);
            }
        }

        return new ReleaseDecision(levels, [.. levels.Select((l, i) => l < alone[i])]);
    }

    /// <summary>The most distinct weight values a weighted release may have for the ledger to follow its weighted sums exactly.</summary>
    public const int MaxWeightValues = 256;

    /// <summary>For a weighted release with few distinct weights: per row the index of its weight, and the distinct weights; else null.</summary>
    private static (int[] Keys, double[] Values)? WeightKeys(ReleaseProposal p)
    {
        if (p.Weights is not { } w)
        {
            return null;
        }

        var index = new Dictionary<double, int>();
        var keys = new int[w.Length];
        for (var r = 0; r < w.Length; r++)
        {
            if (!index.TryGetValue(w[r], out var k))
            {
                if (index.Count == MaxWeightValues)
                {
                    return null;
                }

                k = index[w[r]] = index.Count;
            }

            keys[r] = k;
        }

        return (keys, [.. index.OrderBy(x => x.Value).Select(x => x.Key)]);
    }

    /// <summary>Per atom, the weight of its rows as a field element (atoms are refined by the weight, so it is one value).</summary>
    private ulong[] AtomWeights(ReleaseProposal p, double[] values, int[] keys)
    {
        var coefficients = values.Select(LinearSuppression.Coefficient).ToArray();
        var result = new ulong[_atoms.Count];
        for (var r = 0; r < keys.Length; r++)
        {
            result[_atoms.AtomOf(p.Data.Lineage.RootRow(r))] = coefficients[keys[r]];
        }

        return result;
    }

    /// <summary>Splits the atoms by the release's subset and partitions, and rewrites every entry.</summary>
    private void Refine(ReleaseProposal p)
    {
        var lineage = p.Data.Lineage;
        int[]? keys = null;
        if (lineage.RootRows is not null && !_appliedSubsets.TryGetValue(lineage, out _))
        {
            keys = System.Buffers.ArrayPool<int>.Shared.Rent(RootRowCount);
            Array.Fill(keys, -2, 0, RootRowCount);
            for (var r = 0; r < p.Data.RowCount; r++)
            {
                keys[lineage.RootRow(r)] = 0;
            }

            Apply(_atoms.Refine(keys));
            _appliedSubsets.AddOrUpdate(lineage, lineage);
        }

        foreach (var partition in p.Partitions)
        {
            if (_appliedPartitions.TryGetValue(partition, out var applied) && applied == lineage)
            {
                continue;
            }

            keys ??= System.Buffers.ArrayPool<int>.Shared.Rent(RootRowCount);
            if (lineage.RootRows is not null)
            {
                Array.Fill(keys, -2, 0, RootRowCount);
            }

            for (var r = 0; r < partition.Length; r++)
            {
                keys[lineage.RootRow(r)] = Math.Max(partition[r], -1);
            }

            Apply(_atoms.Refine(keys));
            _appliedPartitions.AddOrUpdate(partition, lineage);
        }

        if (keys is not null)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(keys);
        }

        void Apply(int[][]? children)
        {
            if (children is null)
            {
                return;
            }

            foreach (var r in _measures.Values.SelectMany(v => v))
            {
                r.Remap(children);
            }
        }
    }

    /// <summary>Per group, its atoms (sorted); per partition (or every row) cached until the atoms change.</summary>
    private int[][] GroupAtoms(ReleaseProposal p)
    {
        var lineage = p.Data.Lineage;
        var result = new int[p.Groups.Count][];
        foreach (var pi in p.Groups.Select(g => g.Partition).Distinct())
        {
            object owner = pi < 0 ? lineage : p.Partitions[pi];
            var cache = _groupAtoms.GetOrCreateValue(owner);
            if (cache.AtomCount != _atoms.Count || cache.Lineage != lineage)
            {
                cache.Sets = AtomsByKey(lineage, pi < 0 ? null : p.Partitions[pi]);
                cache.AtomCount = _atoms.Count;
                cache.Lineage = lineage;
            }

            for (var g = 0; g < result.Length; g++)
            {
                if (p.Groups[g].Partition == pi)
                {
                    result[g] = cache.Sets!.TryGetValue(pi < 0 ? -1 : p.Groups[g].Key, out var atoms) ? atoms : [];
                }
            }
        }

        return result;
    }

    /// <summary>The atoms of each key of a partition over the data's rows (null partition: every row, key −1).</summary>
    private Dictionary<int, int[]> AtomsByKey(DataLineage lineage, int[]? partition)
    {
        var rows = partition?.Length ?? (lineage.RootRows?.Length ?? RootRowCount);
        var maxKey = -1;
        for (var r = 0; partition is not null && r < rows; r++)
        {
            maxKey = Math.Max(maxKey, partition[r]);
        }

        var width = _atoms.Count;
        var seen = new bool[(long)(maxKey + 2) * width];
        var atomRows = _atoms.Rows;
        for (var r = 0; r < rows; r++)
        {
            var key = partition is null ? -1 : partition[r];
            seen[((key + 1) * width) + atomRows[lineage.RootRow(r)]] = true;
        }

        var sets = new Dictionary<int, int[]>();
        for (var key = -1; key <= maxKey; key++)
        {
            var atoms = new List<int>();
            for (var a = 0; a < width; a++)
            {
                if (seen[((key + 1) * width) + a])
                {
                    atoms.Add(a);
                }
            }

            if (atoms.Count > 0)
            {
                sets[key] = [.. atoms];
            }
        }

        return sets;
    }

    /// <summary>Atoms per key of one partition, valid while the atom count and lineage are the same.</summary>
    private sealed class GroupAtomsCache
    {
        public int AtomCount { get; set; } = -1;

        public DataLineage? Lineage { get; set; }

        public Dictionary<int, int[]>? Sets { get; set; }
    }

    /// <summary>The record of the proposal's measure whose known rows agree with the proposal's validity (a new variant otherwise), updated with its rows.</summary>
    private MeasureRecord Take(ReleaseProposal p)
    {
        var lineage = p.Data.Lineage;
        var variants = _measures.TryGetValue(p.Measure, out var v) ? v : _measures[p.Measure] = [];
        if (lineage.RootRows is null)
        {
            // The root's own rows: whole words at a time.
            var words = new int[MeasureRecord.Words(RootRowCount)];
            if (p.Counted is null)
            {
                Array.Fill(words, -1);
            }
            else
            {
                p.Counted.CopyTo(words, 0);
            }

            if (RootRowCount % 32 != 0)
            {
                words[^1] &= (1 << (RootRowCount % 32)) - 1; // no bits past the last row
            }

            var agreeing = variants.FirstOrDefault(m => m.KnownWords is null
                ? m.CountedWords.AsSpan().SequenceEqual(words)
                : !m.KnownWords.Where((k, w) => ((m.CountedWords[w] ^ words[w]) & k) != 0).Any());
            if (agreeing is null)
            {
                agreeing = new MeasureRecord(RootRowCount, null, words);
                variants.Add(agreeing);
            }
            else if (agreeing.KnownWords is not null)
            {
                agreeing.KnownWords = null;
                agreeing.CountedWords = words;
                agreeing.Stale = true;
            }

            return agreeing;
        }

        var record = variants.FirstOrDefault(Agrees);
        if (record is null)
        {
            record = new MeasureRecord(RootRowCount);
            variants.Add(record);
        }

        for (var r = 0; r < p.Data.RowCount; r++)
        {
            var root = lineage.RootRow(r);
            if (!record.IsKnown(root))
            {
                record.Learn(root, p.Counts(r));
            }
        }

        return record;

        bool Agrees(MeasureRecord m)
        {
            for (var r = 0; r < p.Data.RowCount; r++)
            {
                var root = lineage.RootRow(r);
                if (m.IsKnown(root) && m.IsCounted(root) != p.Counts(r))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Checks one layer of one measure; lowers caps of groups whose publication would disclose a protected vector. True when a cap was lowered.</summary>
    private bool Check(MeasureRecord record, DisclosureLevel layer, int[][] groupAtoms, DisclosureLevel[] levels, DisclosureLevel[] caps, DisclosurePolicy policy,
        IReadOnlyList<int[]>? zeros, int[]? listed, ulong[]? atomWeights)
    {
        var lowered = CheckClass(record, layer, groupAtoms, levels, caps, policy, _ => false, null, null, atomWeights);
        if (layer != DisclosureLevel.Full)
        {
            return lowered;
        }

        // Shown zeros, class by class: a group shown with no answer «c» tells that each of its atoms has none, so the rest of a
        // sum of c-answers may be a small set's (counts are never negative). Only followed where zeros were shown.
        var full = Enumerable.Range(0, groupAtoms.Length).Where(g => levels[g] == DisclosureLevel.Full).ToList();
        var classes = record.Entries.Where(e => e.Shown == DisclosureLevel.Full).SelectMany(e => e.Zeros)
            .Concat(zeros is null ? [] : full.SelectMany(g => zeros[g]))
            .ToHashSet();
        var unnamed = record.Entries.Any(e => e.Shown == DisclosureLevel.Full && e.Listed is not null) || (listed is not null && full.Count > 0);
        if ((classes.Count == 0 && !unnamed) || record.ClassCounts(_atoms) is not { } perClass)
        {
            return lowered;
        }

        if (unnamed)
        {
            classes.UnionWith(perClass.Keys); // a class some release did not name may be a zero there
        }

        foreach (var c in classes.Order())
        {
            lowered |= CheckClass(record, layer, groupAtoms, levels, caps, policy, g => zeros is not null && Array.IndexOf(zeros[g], c) >= 0 || (listed is not null && Array.IndexOf(listed, c) < 0),
                c, perClass.GetValueOrDefault(c) ?? new int[_atoms.Count], atomWeights);
        }

        return lowered;
    }

    /// <summary>
    /// One system: the counts of a layer (<paramref name="cls"/> null), or the count of answer class <paramref name="cls"/>
    /// (<paramref name="classCount"/> per atom) with every atom of a group shown with a zero in it known to be zero; a
    /// protected set then counts only when it has such an answer (a zero is not protected).
    /// </summary>
    private bool CheckClass(MeasureRecord record, DisclosureLevel layer, int[][] groupAtoms, DisclosureLevel[] levels, DisclosureLevel[] caps,
        DisclosurePolicy policy, Func<int, bool> zeroInGroup, int? cls, int[]? classCount, ulong[]? atomWeights)
    {
        var threshold = layer == DisclosureLevel.MeansOnly ? policy.MinimumForMeans : policy.MinimumForDistributions;
        var counted = record.CountedPerAtom;
        if (!AnythingToProtect(record, layer, threshold, groupAtoms, levels))
        {
            return false; // every nonempty set of atoms with answers has at least the threshold: nothing can be given away
        }

        var local = new int[counted.Length];
        var dimension = 0;
        for (var a = 0; a < counted.Length; a++)
        {
            local[a] = record.KnownAtom[a] ? dimension++ : -1;
        }

        IEnumerable<int> Local(int[] atoms) => atoms.Select(a => local[a]);
        int N(int[] atoms) => atoms.Sum(a => counted[a]);
        bool Protectable(int[] atoms) => classCount is null || atoms.Any(a => classCount[a] > 0);
        void Protect(LinearSuppression sys, int[] atoms)
        {
            if (Protectable(atoms))
            {
                sys.Protect(Local(atoms));
            }
        }

        var system = new LinearSuppression(dimension);
        for (var a = 0; a < counted.Length; a++)
        {
            if (record.KnownAtom[a] && counted[a] == 0)
            {
                system.Publish([local[a]]); // no valid value: a known zero
            }
            else if (record.KnownAtom[a] && counted[a] < threshold)
            {
                Protect(system, [a]);
            }
        }

        foreach (var e in record.Entries)
        {
            if (e.Shown >= layer)
            {
                var zeroIn = cls is { } c && e.ZeroIn(c);

                if (e.Weights is { } w)
                {
                    system.Publish(e.Atoms.Select((a, k) => (local[a], w[k])));
                }
                else
                {
                    system.Publish(Local(e.Atoms));
                }

                if (zeroIn)
                {
                    foreach (var a in e.Atoms)
                    {
                        system.Publish([local[a]]);
                    }
                }
            }
            else if (e.ProtectedBelow < layer)
            {
                Protect(system, e.Atoms);
            }
        }

        for (var g = 0; g < groupAtoms.Length; g++)
        {
            var n = N(groupAtoms[g]);
            if (levels[g] < layer && n > 0 && n < threshold)
            {
                Protect(system, groupAtoms[g]);
            }
        }

        var hiddenBefore = groupAtoms.Select(atoms => record.Entries.Any(e => e.Shown < layer && e.Atoms.AsSpan().SequenceEqual(atoms))).ToArray();
        var order = Enumerable.Range(0, groupAtoms.Length)
            .Where(g => levels[g] >= layer && groupAtoms[g].Length > 0)
            .OrderBy(g => hiddenBefore[g]).ThenByDescending(g => N(groupAtoms[g])).ThenBy(g => g);

        // The shown sets so far (distinct), for the union rule across releases.
        var shown = new AtomSets(N);
        foreach (var e in record.Entries.Where(e => e.Shown >= layer && e.Weights is null))
        {
            shown.Add(e.Atoms);
        }

        // Class by class: the atoms known to hold no answer «c» (in a group shown in full without it).
        var knownZero = cls is { } cz ? record.Entries.Where(e => e.ZeroIn(cz)).SelectMany(e => e.Atoms).ToHashSet() : null;
        var lowered = false;
        foreach (var g in order)
        {
            // A small remainder that this group and a shown set would give by subtraction must not become derivable.
            foreach (var rest in shown.Remainders(groupAtoms[g], threshold))
            {
                Protect(system, rest);
            }

            if (atomWeights is not null)
            {
                // A weighted sum: not a set, so no remainders; exact with its weights.
                if (!system.TryPublish(groupAtoms[g].Select(a => (local[a], atomWeights[a]))))
                {
                    caps[g] = (DisclosureLevel)Math.Min((int)caps[g], (int)layer - 1);
                    lowered = true;
                }

                continue;
            }

            List<IEnumerable<int>> block = [Local(groupAtoms[g])];
            var zeroHere = cls is not null && levels[g] == DisclosureLevel.Full && zeroInGroup(g);
            if (zeroHere)
            {
                block.AddRange(groupAtoms[g].Select(a => (IEnumerable<int>)[local[a]]));
            }

            if (knownZero is not null)
            {
                // Class by class, a shown set minus its atoms known to hold no «c» gives the rest's c-count: a small rest is protected.
                var zero = zeroHere ? knownZero.Union(groupAtoms[g]).ToHashSet() : knownZero;
                foreach (var p in shown.Sets.Append(groupAtoms[g]))
                {
                    var rest = p.Where(a => !zero.Contains(a)).ToArray();
                    var n = N(rest);
                    if (rest.Length < p.Length && n > 0 && n < threshold)
                    {
                        Protect(system, rest);
                    }
                }
            }

            if (system.TryPublish(block))
            {
                shown.Add(groupAtoms[g]);
                if (zeroHere)
                {
                    knownZero!.UnionWith(groupAtoms[g]);
                }
            }
            else
            {
                caps[g] = (DisclosureLevel)Math.Min((int)caps[g], (int)layer - 1);
                lowered = true;
            }
        }

        return lowered;
    }

    /// <summary>
    /// Means beside ruled-out classes: a group shown with n and mean only (fewer answers than the distribution threshold)
    /// whose answers the mean pins once the answer classes ruled out for all of its rows are left out (a group shown in full
    /// with no «c», in this release or an earlier one, tells that its atoms have none): exactly one way to give that n and
    /// sum over the classes still possible (and not over every class: such a mean the release's own rule hides, keeping the n).
    /// Such a group of this release is hidden; a group of this release shown in full
    /// whose zeros would pin an earlier such mean is shown with n and mean only. Only followed where zeros were shown (the
    /// class counts are computed on demand). True when a cap was lowered.
    /// </summary>
    private bool CheckMeans(MeasureRecord record, int[][] groupAtoms, DisclosureLevel[] levels, DisclosureLevel[] caps, DisclosurePolicy policy,
        IReadOnlyList<int[]>? zeros, int[]? listed)
    {
        var earlier = record.Entries.Where(e => e.Shown == DisclosureLevel.Full && (e.Zeros.Length > 0 || e.Listed is not null))
            .Select(e => (e.Atoms, ZeroIn: (Func<int, bool>)e.ZeroIn)).ToList();
        var current = zeros is null && listed is null ? []
            : Enumerable.Range(0, groupAtoms.Length).Where(g => levels[g] == DisclosureLevel.Full && groupAtoms[g].Length > 0)
                .Select(g => (g, Set: (Atoms: groupAtoms[g].Order().ToArray(), ZeroIn: (Func<int, bool>)(c => (zeros is not null && Array.IndexOf(zeros[g], c) >= 0) || (listed is not null && Array.IndexOf(listed, c) < 0)))))
                .ToList();
        var means = Enumerable.Range(0, groupAtoms.Length).Where(g => levels[g] == DisclosureLevel.MeansOnly && groupAtoms[g].Length > 0).ToList();
        var earlierMeans = record.Entries.Where(e => e.Shown == DisclosureLevel.MeansOnly).Select(e => e.Atoms).ToList();
        if (earlier.Count + current.Count == 0 || means.Count + earlierMeans.Count == 0 || record.ClassCounts(_atoms) is not { } perClass)
        {
            return false;
        }

        bool Pinned(int[] atoms, IReadOnlyList<(int[] Atoms, Func<int, bool> ZeroIn)> zeroSets)
        {
            var n = atoms.Sum(a => record.CountedPerAtom[a]);
            if (n == 0 || n >= policy.MinimumForDistributions)
            {
                return false;
            }

            var possible = perClass.Keys.Where(c => !atoms.All(a => zeroSets.Any(z => z.ZeroIn(c) && Array.BinarySearch(z.Atoms, a) >= 0))).Order().ToArray();
            var counts = possible.Select(c => (long)atoms.Sum(a => perClass[c][a])).ToArray();
            if (counts.Sum() != n)
            {
                return false;
            }

            long sum = 0;
            for (var k = 0; k < possible.Length; k++)
            {
                sum += possible[k] * counts[k];
            }

            return Solutions(possible, n, sum, 2) == 1;
        }

        var lowered = false;
        List<(int[] Atoms, Func<int, bool> ZeroIn)> all = [.. earlier, .. current.Select(x => x.Set)];
        // (A mean that pins the answers on its own is hidden by the release's own rule, which keeps the n.)
        foreach (var g in means.Where(g => Pinned(groupAtoms[g], all) && !Pinned(groupAtoms[g], [])))
        {
            caps[g] = DisclosureLevel.Nothing;
            lowered = true;
        }

        foreach (var (g, set) in current)
        {
            List<(int[] Atoms, Func<int, bool> ZeroIn)> with = [.. earlier, set];
            if (earlierMeans.Any(m => Pinned(m, with) && !Pinned(m, earlier)))
            {
                caps[g] = DisclosureLevel.MeansOnly;
                lowered = true;
            }
        }

        return lowered;
    }

    /// <summary>How many count vectors over <paramref name="codes"/> have total <paramref name="n"/> and sum <paramref name="sum"/>, counting up to <paramref name="stop"/>.</summary>
    private static int Solutions(int[] codes, long n, long sum, int stop)
    {
        var found = 0;
        void Search(int i, long left, long rest)
        {
            if (found >= stop)
            {
                return;
            }

            if (i == codes.Length - 1)
            {
                if (left * codes[i] == rest)
                {
                    found++;
                }

                return;
            }

            for (long x = 0; x <= left && found < stop; x++)
            {
                Search(i + 1, left - x, rest - (x * codes[i]));
            }
        }

        if (codes.Length > 0)
        {
            Search(0, n, sum);
        }

        return found;
    }

    /// <summary>True when some atom is small, an earlier release protected a group at this layer, or this release hides a small group.</summary>
    private static bool AnythingToProtect(MeasureRecord record, DisclosureLevel layer, int threshold, int[][] groupAtoms, DisclosureLevel[] levels)
    {
        var counted = record.CountedPerAtom;
        for (var a = 0; a < counted.Length; a++)
        {
            if (record.KnownAtom[a] && counted[a] > 0 && counted[a] < threshold)
            {
                return true;
            }
        }

        foreach (var e in record.Entries)
        {
            if (e.Shown < layer && e.ProtectedBelow < layer)
            {
                return true;
            }
        }

        for (var g = 0; g < groupAtoms.Length; g++)
        {
            if (levels[g] < layer)
            {
                var n = 0;
                foreach (var a in groupAtoms[g])
                {
                    n += counted[a];
                }

                if (n > 0 && n < threshold)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Records what the release shows and which of its groups are protected.</summary>
    private static void Commit(MeasureRecord record, int[][] groupAtoms, DisclosureLevel[] levels, DisclosurePolicy policy, IReadOnlyList<int[]>? zeros, int[]? listed,
        ulong[]? atomWeights)
    {
        for (var g = 0; g < groupAtoms.Length; g++)
        {
            if (groupAtoms[g].Length == 0)
            {
                continue;
            }

            var n = groupAtoms[g].Sum(a => record.CountedPerAtom[a]);
            var protectedBelow = n == 0 || policy.IsDisabled ? DisclosureLevel.Full
                : n < policy.MinimumForMeans ? DisclosureLevel.Nothing
                : n < policy.MinimumForDistributions ? DisclosureLevel.MeansOnly
                : DisclosureLevel.Full;
            if (levels[g] > DisclosureLevel.Nothing || protectedBelow < DisclosureLevel.Full)
            {
                record.Add(new LedgerEntry(groupAtoms[g], levels[g], protectedBelow, levels[g] == DisclosureLevel.Full && zeros is not null ? zeros[g] : [], levels[g] == DisclosureLevel.Full ? listed : null,
                    atomWeights is null ? null : [.. groupAtoms[g].Select(a => atomWeights[a])]));
            }
        }
    }
}
