namespace Analysenotater.Disclosure;

/// <summary>What a block of a <see cref="GroupSuppression"/> problem is.</summary>
internal enum BlockRole
{
    /// <summary>Everyone (Totalt): published first whenever its own n allows.</summary>
    Total,

    /// <summary>A margin that a companion table publishes (for example «Liten» when the table is by size × gender), at the level that table decided (<see cref="SuppressionBlock.Cap"/>).</summary>
    Margin,

    /// <summary>A group shown in the table.</summary>
    Group,

    /// <summary>Respondents never shown as a group (no value on the grouping variable): protected, never published.</summary>
    Unpublished,
}

/// <summary>A set of atoms shown (or not) as one column/row of a table; <see cref="Cap"/> lowers its level (weights rules).</summary>
/// <param name="Label">The group label.</param>
/// <param name="Atoms">The atoms it holds.</param>
/// <param name="Role">What the block is.</param>
/// <param name="Cap">The highest level allowed.</param>
/// <param name="HiddenBefore">True when an earlier release of the same data hid this group: offered last, so it is the one hidden again.</param>
internal sealed record SuppressionBlock(string Label, int[] Atoms, BlockRole Role, DisclosureLevel Cap = DisclosureLevel.Full, bool HiddenBefore = false);

/// <summary>
/// Decides which groups of a table are shown, at which level, so that nothing hidden can be worked out. The inner
/// cells are atoms (the finest cross-classification of the groupings, respondents without a grouping value
/// included) × answer classes (the categories, then each missing status). Two layers, as the KoRus tiers: first n
/// and means (a group below <see cref="DisclosurePolicy.MinimumForMeans"/> is protected), then distributions (a group
/// below <see cref="DisclosurePolicy.MinimumForDistributions"/> is protected). In each layer:
/// <list type="number">
/// <item>Primary: every nonzero cell of a protected block (zeros are not protected: a derivable zero is implied by a
/// released margin). Atoms without respondents are published as known zeros.</item>
/// <item>Linear (GaussSuppression): Totalt and the companion margins (as decided by their own tables) are
/// published; then groups are offered for publication by n descending (ties: table order), and a group whose
/// publication would make a protected cell a linear combination of published cells is hidden (secondary).</item>
/// <item>Union rule: for every published parent (Totalt, a margin), the respondents it holds that are in no
/// published group form a derivable aggregate; that aggregate must itself pass the layer's threshold and must not
/// have every answer in one class (unless the parent has too). Otherwise the smallest published group of the parent
/// (ties: the first in table order) is hidden as well, and the layer is decided again.</item>
/// </list>
/// The choice is deterministic: the same table always hides the same groups.
/// </summary>
internal static class GroupSuppression
{
    /// <summary>The decision: a level per block and whether it was lowered by secondary suppression.</summary>
    /// <param name="policy">Thresholds.</param>
    /// <param name="atomCounts">Counts per atom and answer class.</param>
    /// <param name="judged">Per class: counts in the n the rule judges.</param>
    /// <param name="nSums">
    /// The numbers shown for a group at «n and means» level, each as a coefficient per class: the n's (valid,
    /// denominator, respondents: coefficients 0/1) and the sum behind a mean (coefficient = code − lowest code + 2, so at least 2).
    /// </param>
    /// <param name="blocks">The blocks.</param>
    public static (DisclosureLevel[] Levels, bool[] Secondary) Decide(DisclosurePolicy policy, IReadOnlyList<int[]> atomCounts,
        IReadOnlyList<bool> judged, IReadOnlyList<int[]> nSums, IReadOnlyList<SuppressionBlock> blocks)
    {
        var (levels, secondary, _) = DecideWithMeans(policy, atomCounts, judged, nSums, blocks);
        return (levels, secondary);
    }

    /// <summary>
    /// The decision with the means: as <see cref="Decide"/>, and per block whether its mean (the sum row of
    /// <paramref name="nSums"/>, the row with a coefficient above 1) is hidden although its n is shown. A block shown
    /// with n and means only whose mean pins its answers — exactly one distribution of its n valid answers on the
    /// scale gives that sum (for example a mean at the scale's minimum or maximum, or one step from it) — has its mean
    /// hidden (primary), and the mean of any other block that would give such a hidden mean by subtraction is hidden
    /// too (secondary, by the same Gaussian elimination). A hidden remainder of a shown total whose mean would pin its
    /// answers hides the smallest shown group, as the union rule.
    /// </summary>
    public static (DisclosureLevel[] Levels, bool[] Secondary, bool[] MeanHidden) DecideWithMeans(DisclosurePolicy policy, IReadOnlyList<int[]> atomCounts,
        IReadOnlyList<bool> judged, IReadOnlyList<int[]> nSums, IReadOnlyList<SuppressionBlock> blocks)
    {
        var k = judged.Count;
        var n = blocks.Select(b => b.Atoms.Sum(a => Enumerable.Range(0, k).Where(c => judged[c]).Sum(c => atomCounts[a][c]))).ToArray();
        var respondents = blocks.Select(b => b.Atoms.Sum(a => atomCounts[a].Sum())).ToArray();
        var primary = blocks.Select((b, i) => respondents[i] == 0 ? DisclosureLevel.Full
            : (DisclosureLevel)Math.Min((int)policy.LevelFor(n[i]), (int)b.Cap)).ToArray();
        if (policy.IsDisabled)
        {
            return ((DisclosureLevel[])primary.Clone(), new bool[blocks.Count], new bool[blocks.Count]);
        }

        var problem = new Problem(atomCounts, judged, nSums, blocks, n, respondents);
        var pinned = Enumerable.Range(0, blocks.Count).Where(b => primary[b] == DisclosureLevel.MeansOnly && problem.MeanPins(b)).ToHashSet();
        while (true)
        {
            var levels = (DisclosureLevel[])primary.Clone();
            var meanHidden = new bool[blocks.Count];
            var forcedHidden = new HashSet<int>();
            foreach (var layer in new[] { DisclosureLevel.MeansOnly, DisclosureLevel.Full })
            {
                forcedHidden.Clear();
                while (true)
                {
                    var published = problem.Layer(layer, levels, forcedHidden, policy.ComplementarySuppression, pinned, meanHidden);
                    var (extra, meanOnly) = policy.ComplementarySuppression ? problem.UnionViolation(layer, policy, published, meanHidden) : (-1, false);
                    if (meanOnly)
                    {
                        pinned.Add(extra); // its n stays, its mean goes
                        continue;
                    }

                    if (extra < 0)
                    {
                        for (var i = 0; i < blocks.Count; i++)
                        {
                            if (levels[i] >= layer && !published[i])
                            {
                                levels[i] = layer - 1;
                            }
                        }

                        break;
                    }

                    forcedHidden.Add(extra);
                }
            }

            // A block lowered to «n and means» in the distribution layer whose mean pins its answers: decide again with its mean hidden.
            var more = Enumerable.Range(0, blocks.Count).Where(b => levels[b] == DisclosureLevel.MeansOnly && !meanHidden[b] && !pinned.Contains(b)
                && blocks[b].Role != BlockRole.Unpublished && problem.MeanPins(b)).ToList();
            if (more.Count == 0)
            {
                // Means shown inside a total whose distribution is shown: the answers of the groups shown with means only
                // are then tied together (their counts add up to the derived remainder); no count of one may be forced.
                more = problem.JointlyPinned(levels, meanHidden, primary).Where(b => !pinned.Contains(b)).ToList();
            }

            if (more.Count == 0)
            {
                for (var i = 0; i < blocks.Count; i++)
                {
                    meanHidden[i] &= levels[i] != DisclosureLevel.Nothing;
                }

                return (levels, levels.Select((l, i) => l < primary[i]).ToArray(), meanHidden);
            }

            pinned.UnionWith(more);
        }
    }

    private sealed class Problem(IReadOnlyList<int[]> counts, IReadOnlyList<bool> judged, IReadOnlyList<int[]> nSums,
        IReadOnlyList<SuppressionBlock> blocks, int[] n, int[] respondents)
    {
        private readonly int _k = judged.Count;

        /// <summary>Which blocks are published in a layer (given the levels decided so far and groups hidden by the union rule).</summary>
        public bool[] Layer(DisclosureLevel layer, DisclosureLevel[] levels, HashSet<int> forcedHidden, bool complementary, HashSet<int> pinned, bool[] meanHidden)
        {
            if (layer == DisclosureLevel.MeansOnly)
            {
                Array.Clear(meanHidden);
            }

            var system = new LinearSuppression(counts.Count * _k);
            var published = new bool[blocks.Count];

            // Known zeros: atoms without respondents.
            for (var a = 0; a < counts.Count; a++)
            {
                if (counts[a].Sum() == 0)
                {
                    foreach (var cell in Cells([a], DisclosureLevel.Full))
                    {
                        system.Publish(cell);
                    }
                }
            }

            // Protected: nonzero cells of blocks below the layer; the n cells of blocks hidden entirely.
            for (var b = 0; b < blocks.Count; b++)
            {
                if (respondents[b] == 0)
                {
                    continue;
                }

                if (levels[b] < layer)
                {
                    // n cells in the first layer; in the second, the distribution — and the n too when the block shows nothing.
                    var cells = layer == DisclosureLevel.MeansOnly ? NCells(blocks[b].Atoms)
                        : levels[b] == DisclosureLevel.Nothing ? Cells(blocks[b].Atoms, DisclosureLevel.Full)
                        : ClassCells(blocks[b].Atoms);
                    foreach (var cell in cells.Where(c => Value(c) > 0))
                    {
                        system.Protect(cell);
                    }

                    if (layer == DisclosureLevel.Full && meanHidden[b] && Value(SumCell(blocks[b].Atoms)) > 0)
                    {
                        system.Protect(SumCell(blocks[b].Atoms));
                    }
                }
                else if (_sumRow >= 0 && (pinned.Contains(b) || (layer == DisclosureLevel.Full && meanHidden[b])))
                {
                    // A mean that pins the answers (or was hidden to protect one) must not become derivable.
                    if (Value(SumCell(blocks[b].Atoms)) > 0)
                    {
                        system.Protect(SumCell(blocks[b].Atoms));
                    }

                    meanHidden[b] = true;
                }
            }

            // Released in the previous layer: the n of blocks shown with means only.
            if (layer == DisclosureLevel.Full)
            {
                for (var b = 0; b < blocks.Count; b++)
                {
                    if (blocks[b].Role != BlockRole.Unpublished && levels[b] == DisclosureLevel.MeansOnly)
                    {
                        foreach (var cell in NCells(blocks[b].Atoms, withSum: !meanHidden[b]))
                        {
                            system.Publish(cell);
                        }
                    }
                }
            }

            foreach (var b in Order())
            {
                if (blocks[b].Role == BlockRole.Unpublished || levels[b] < layer || forcedHidden.Contains(b))
                {
                    continue;
                }

                var unconditional = respondents[b] == 0 || blocks[b].Role is BlockRole.Total or BlockRole.Margin || !complementary;
                if (layer == DisclosureLevel.MeansOnly && _sumRow >= 0)
                {
                    // The n's first; the sum behind the mean on its own, so a group can show its n while its mean is hidden.
                    var ns = NCells(blocks[b].Atoms, withSum: false).ToList();
                    if (unconditional)
                    {
                        ns.ForEach(system.Publish);
                        published[b] = true;
                    }
                    else
                    {
                        published[b] = system.TryPublish(ns);
                    }

                    if (published[b] && !meanHidden[b])
                    {
                        var sum = SumCell(blocks[b].Atoms);
                        if (unconditional && !pinned.Contains(b))
                        {
                            system.Publish(sum);
                        }
                        else if (pinned.Contains(b) || !system.TryPublish([sum]))
                        {
                            meanHidden[b] = true;
                        }
                    }

                    continue;
                }

                var cells = Cells(blocks[b].Atoms, layer).ToList();
                if (unconditional)
                {
                    cells.ForEach(system.Publish);
                    published[b] = true;
                }
                else
                {
                    published[b] = system.TryPublish(cells);
                }
            }

            return published;
        }

        /// <summary>A group to hide (or, with MeanOnly, whose mean to hide) because some published parent's hidden remainder fails the layer's rule; −1 when none.</summary>
        public (int Block, bool MeanOnly) UnionViolation(DisclosureLevel layer, DisclosurePolicy policy, bool[] published, bool[] meanHidden)
        {
            for (var p = 0; p < blocks.Count; p++)
            {
                if (!published[p] || blocks[p].Role is not (BlockRole.Total or BlockRole.Margin))
                {
                    continue;
                }

                var parent = blocks[p].Atoms.ToHashSet();
                var children = Enumerable.Range(0, blocks.Count)
                    .Where(c => blocks[c].Role == BlockRole.Group && blocks[c].Atoms.All(parent.Contains)).ToList();
                var covered = children.Where(c => published[c]).SelectMany(c => blocks[c].Atoms).ToHashSet();
                var hidden = blocks[p].Atoms.Where(a => !covered.Contains(a)).ToArray();
                if (hidden.Length == 0)
                {
                    continue;
                }

                var h = Sum(hidden);
                var hn = Enumerable.Range(0, _k).Where(c => judged[c]).Sum(c => h[c]);
                var threshold = layer == DisclosureLevel.MeansOnly ? policy.MinimumForMeans : policy.MinimumForDistributions;
                var violates = h.Sum() > 0 && hn < threshold;
                if (!violates && layer == DisclosureLevel.Full && h.Sum() > 0)
                {
                    violates = Degenerate(h, Sum(blocks[p].Atoms));
                }

                if (!violates && layer == DisclosureLevel.MeansOnly && _sumRow >= 0 && !meanHidden[p])
                {
                    // (Then only a mean goes: the smallest shown group whose sum is shown keeps its n but not its mean.)
                    // The respondents whose sum is the parent's minus the shown sums: their mean must not pin their answers.
                    var summed = children.Where(c => published[c] && !meanHidden[c]).SelectMany(c => blocks[c].Atoms).ToHashSet();
                    var rest = Sum(blocks[p].Atoms.Where(a => !summed.Contains(a)));
                    var restN = Enumerable.Range(0, _k).Where(c => nSums[0][c] == 1).Sum(c => rest[c]);
                    // Only below the distribution threshold: a larger remainder's distribution may be shown anyway (the
                    // distribution layer's union rule); and not when every answer lies in one class that holds all of the parent's.
                    var parentCounts = Sum(blocks[p].Atoms);
                    var uniform = Enumerable.Range(0, _k).Any(c => nSums[0][c] == 1 && rest[c] == restN && parentCounts[c] == Enumerable.Range(0, _k).Where(x => nSums[0][x] == 1).Sum(x => parentCounts[x]));
                    if (restN > 0 && restN < n[p] && restN < policy.MinimumForDistributions && !uniform && Pins(rest))
                    {
                        var mean = children.Where(c => published[c] && !meanHidden[c] && respondents[c] > 0)
                            .OrderBy(c => n[c]).ThenBy(c => c).FirstOrDefault(-1);
                        if (mean >= 0)
                        {
                            return (mean, true);
                        }
                    }
                }

                if (violates)
                {
                    var candidate = children.Where(c => published[c] && respondents[c] > 0)
                        .OrderBy(c => n[c]).ThenBy(c => c).FirstOrDefault(-1);
                    if (candidate >= 0)
                    {
                        return (candidate, false);
                    }
                }
            }

            return (-1, false);
        }

        /// <summary>True when every answer of the hidden remainder within a published sum lies in one class while the parent's do not.</summary>
        private bool Degenerate(int[] hidden, int[] parent)
        {
            foreach (var sum in nSums.Where(s => s.All(x => x is 0 or 1)).Select(s => Enumerable.Range(0, _k).Where(c => s[c] == 1).ToArray()))
            {
                var hs = sum.Sum(c => hidden[c]);
                var ps = sum.Sum(c => parent[c]);
                if (hs > 0 && sum.Any(c => hidden[c] == hs && parent[c] != ps))
                {
                    return true;
                }
            }

            return false;
        }

        private int[] Sum(IEnumerable<int> atoms)
        {
            var s = new int[_k];
            foreach (var a in atoms)
            {
                for (var c = 0; c < _k; c++)
                {
                    s[c] += counts[a][c];
                }
            }

            return s;
        }

        /// <summary>Totalt, then margins by n descending, then groups by n descending (groups an earlier release hid last); ties in table order.</summary>
        private IEnumerable<int> Order() => Enumerable.Range(0, blocks.Count)
            .OrderBy(b => blocks[b].Role switch { BlockRole.Total => 0, BlockRole.Margin => 1, _ => 2 })
            .ThenBy(b => blocks[b].HiddenBefore)
            .ThenByDescending(b => n[b]).ThenBy(b => b);

        /// <summary>The published cells of a block in a layer, each as its inner cells: n cells (valid, denominator, respondents), then per class in the distribution layer.</summary>
        private IEnumerable<int[]> Cells(int[] atoms, DisclosureLevel layer) =>
            layer == DisclosureLevel.Full ? NCells(atoms).Concat(ClassCells(atoms)) : NCells(atoms);

        private IEnumerable<int[]> NCells(int[] atoms, bool withSum = true) =>
            nSums.Where((_, i) => withSum || i != _sumRow).Select(s => Inner(atoms, s));

        /// <summary>The cell of the sum behind a block's mean.</summary>
        private int[] SumCell(int[] atoms) => Inner(atoms, nSums[_sumRow]);

        private int[] Inner(int[] atoms, int[] coefficients) =>
            [.. atoms.SelectMany(a => Enumerable.Range(0, _k).SelectMany(c => Enumerable.Repeat((a * _k) + c, coefficients[c])))];

        /// <summary>The row of <c>nSums</c> that is the sum behind a mean (a coefficient above 1); −1 when the table shows no mean.</summary>
        private readonly int _sumRow = nSums.Select((s, i) => (s, i)).Where(x => x.s.Any(c => c > 1)).Select(x => x.i).DefaultIfEmpty(-1).First();

        /// <summary>
        /// The groups shown with n and mean only whose answer counts are forced jointly: for every parent whose
        /// distribution is shown, the counts of its groups shown with means only (each with its n and sum) and of the
        /// hidden rest add up to the parent's distribution minus the groups shown in full; a group below the distribution
        /// threshold any of whose nonzero counts takes one value in every integer solution is returned (exhaustive search; a search too large to settle
        /// counts as forced).
        /// </summary>
        public List<int> JointlyPinned(DisclosureLevel[] levels, bool[] meanHidden, DisclosureLevel[] primary)
        {
            var result = new List<int>();
            if (_sumRow < 0)
            {
                return result;
            }

            var valid = Enumerable.Range(0, _k).Where(c => nSums[0][c] == 1).ToArray();
            for (var p = 0; p < blocks.Count; p++)
            {
                if (blocks[p].Role is not (BlockRole.Total or BlockRole.Margin) || levels[p] != DisclosureLevel.Full || respondents[p] == 0)
                {
                    continue;
                }

                var parent = blocks[p].Atoms.ToHashSet();
                var children = Enumerable.Range(0, blocks.Count).Where(c => blocks[c].Role == BlockRole.Group && respondents[c] > 0 && blocks[c].Atoms.All(parent.Contains)).ToList();
                var members = children.Where(c => levels[c] == DisclosureLevel.MeansOnly && !meanHidden[c]).ToList();
                if (members.Count == 0)
                {
                    continue;
                }

                var full = children.Where(c => levels[c] == DisclosureLevel.Full).SelectMany(c => blocks[c].Atoms).ToHashSet();
                var restAll = Sum(blocks[p].Atoms.Where(a => !full.Contains(a)));
                var rest = valid.Select(c => (long)restAll[c]).ToArray();
                var inMembers = members.SelectMany(c => blocks[c].Atoms).ToHashSet();
                var poolEmpty = blocks[p].Atoms.Where(a => !full.Contains(a) && !inMembers.Contains(a)).All(a => valid.All(c => counts[a][c] == 0));
                var coef = valid.Select(c => (long)nSums[_sumRow][c]).ToArray();
                var candidates = members.Select(m =>
                {
                    var x = Sum(blocks[m].Atoms);
                    var nm = valid.Sum(c => (long)x[c]);
                    var sm = valid.Sum(c => (long)x[c] * nSums[_sumRow][c]);
                    return Vectors(nm, sm, coef, rest);
                }).ToList();
                // Only the counts of groups below the distribution threshold are protected; a group lowered by secondary
                // suppression ties the others down but its own counts are no one's secret (a protected count forced through it is found on the protected group).
                foreach (var pinnedMember in JointSearch(members, candidates, rest, poolEmpty).Where(m => primary[m] == DisclosureLevel.MeansOnly))
                {
                    result.Add(pinnedMember);
                }
            }

            return [.. result.Distinct()];
        }

        /// <summary>Every count vector with total <paramref name="n"/>, weighted sum <paramref name="sum"/> and each count at most <paramref name="bound"/>; null when there are too many to list.</summary>
        private static List<long[]>? Vectors(long n, long sum, long[] coef, long[] bound)
        {
            var list = new List<long[]>();
            var x = new long[coef.Length];
            var overflow = false;
            void Fill(int i, long left, long rest)
            {
                if (overflow)
                {
                    return;
                }

                if (i == coef.Length - 1)
                {
                    if (left * coef[i] == rest && left <= bound[i])
                    {
                        x[i] = left;
                        list.Add((long[])x.Clone());
                        overflow = list.Count > 20_000;
                    }

                    return;
                }

                for (long v = 0; v <= Math.Min(left, bound[i]); v++)
                {
                    x[i] = v;
                    Fill(i + 1, left - v, rest - (v * coef[i]));
                }
            }

            Fill(0, n, sum);
            return overflow ? null : list;
        }

        /// <summary>The members some nonzero count of which is the same in every solution (members whose candidates could not be listed count as forced).</summary>
        private static IEnumerable<int> JointSearch(List<int> members, List<List<long[]>?> candidates, long[] rest, bool poolEmpty)
        {
            if (candidates.Any(c => c is null))
            {
                return members; // too many to settle: conservative
            }

            var lists = candidates.Select(c => c!).ToList();
            var order = Enumerable.Range(0, members.Count).OrderBy(i => lists[i].Count).ToArray();
            var k = rest.Length;
            long nodes = 0;
            var gaveUp = false;

            long[][]? Solve(int member, int cls, long avoid)
            {
                var chosen = new long[members.Count][];
                var residual = (long[])rest.Clone();
                bool Dfs(int d)
                {
                    if (++nodes > 500_000)
                    {
                        gaveUp = true;
                        return false;
                    }

                    if (d == order.Length)
                    {
                        return !poolEmpty || residual.All(r => r == 0);
                    }

                    var i = order[d];
                    foreach (var x in lists[i])
                    {
                        if (i == member && x[cls] == avoid)
                        {
                            continue;
                        }

                        var ok = true;
                        for (var c = 0; c < k; c++)
                        {
                            residual[c] -= x[c];
                            ok &= residual[c] >= 0;
                        }

                        if (ok)
                        {
                            chosen[i] = x;
                            if (Dfs(d + 1))
                            {
                                return true;
                            }
                        }

                        for (var c = 0; c < k; c++)
                        {
                            residual[c] += x[c];
                        }

                        if (gaveUp)
                        {
                            return false;
                        }
                    }

                    return false;
                }

                return Dfs(0) ? chosen : null;
            }

            var first = Solve(-1, 0, -1);
            if (first is null)
            {
                return gaveUp ? members : [];
            }

            var pinned = new List<int>();
            for (var i = 0; i < members.Count; i++)
            {
                for (var c = 0; c < k; c++)
                {
                    if (first[i][c] == 0)
                    {
                        continue;
                    }

                    nodes = 0;
                    gaveUp = false;
                    if (Solve(i, c, first[i][c]) is null)
                    {
                        pinned.Add(members[i]);
                        break;
                    }
                }
            }

            return pinned;
        }

        /// <summary>True when block <paramref name="b"/>'s n and mean pin its answers.</summary>
        public bool MeanPins(int b) => _sumRow >= 0 && Pins(Sum(blocks[b].Atoms));

        /// <summary>
        /// True when exactly one distribution of the valid answers (the classes of the first n row) with the same n
        /// gives the same sum (coefficients of the sum row): the mean then tells every answer. Exhaustive search with
        /// bounds, stopping at the second distribution.
        /// </summary>
        private bool Pins(int[] counts)
        {
            var valid = Enumerable.Range(0, _k).Where(c => nSums[0][c] == 1).ToArray();
            var coef = valid.Select(c => (long)nSums[_sumRow][c]).ToArray();
            long total = valid.Sum(c => (long)counts[c]);
            long sum = valid.Sum(c => (long)counts[c] * nSums[_sumRow][c]);
            if (total == 0 || valid.Length == 0)
            {
                return false;
            }

            // Suffix bounds of the coefficients: the rest of a branch is feasible only between them.
            var lo = new long[coef.Length];
            var hi = new long[coef.Length];
            for (var i = coef.Length - 1; i >= 0; i--)
            {
                lo[i] = i == coef.Length - 1 ? coef[i] : Math.Min(coef[i], lo[i + 1]);
                hi[i] = i == coef.Length - 1 ? coef[i] : Math.Max(coef[i], hi[i + 1]);
            }

            var found = 0;
            long nodes = 0;
            var gaveUp = false;
            void Search(int i, long left, long rest)
            {
                if (found > 1)
                {
                    return;
                }

                if (++nodes > 2_000_000)
                {
                    gaveUp = true; // a search too large to settle counts as pinned (the conservative answer)
                    found = 2;
                    return;
                }

                if (i == coef.Length - 1)
                {
                    if (left * coef[i] == rest)
                    {
                        found++;
                    }

                    return;
                }

                for (long x = 0; x <= left && found < 2; x++)
                {
                    var r = rest - (x * coef[i]);
                    var l = left - x;
                    if (r < lo[i + 1] * l || r > hi[i + 1] * l)
                    {
                        continue;
                    }

                    Search(i + 1, l, r);
                }
            }

            Search(0, total, sum);
            return found == 1 || gaveUp;
        }

        private IEnumerable<int[]> ClassCells(int[] atoms)
        {
            for (var c = 0; c < _k; c++)
            {
                yield return [.. atoms.Select(a => (a * _k) + c)];
            }
        }

        private long Value(int[] cell) => cell.Sum(i => (long)counts[i / _k][i % _k]);
    }
}
