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
internal sealed record SuppressionBlock(string Label, int[] Atoms, BlockRole Role, DisclosureLevel Cap = DisclosureLevel.Full);

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
    /// denominator, respondents: coefficients 0/1) and the sum behind a mean (coefficient = code − lowest code + 1).
    /// </param>
    /// <param name="blocks">The blocks.</param>
    public static (DisclosureLevel[] Levels, bool[] Secondary) Decide(DisclosurePolicy policy, IReadOnlyList<int[]> atomCounts,
        IReadOnlyList<bool> judged, IReadOnlyList<int[]> nSums, IReadOnlyList<SuppressionBlock> blocks)
    {
        var k = judged.Count;
        var n = blocks.Select(b => b.Atoms.Sum(a => Enumerable.Range(0, k).Where(c => judged[c]).Sum(c => atomCounts[a][c]))).ToArray();
        var respondents = blocks.Select(b => b.Atoms.Sum(a => atomCounts[a].Sum())).ToArray();
        var primary = blocks.Select((b, i) => respondents[i] == 0 ? DisclosureLevel.Full
            : (DisclosureLevel)Math.Min((int)policy.LevelFor(n[i]), (int)b.Cap)).ToArray();
        var levels = (DisclosureLevel[])primary.Clone();
        if (policy.IsDisabled)
        {
            return (levels, new bool[blocks.Count]);
        }

        var problem = new Problem(atomCounts, judged, nSums, blocks, n, respondents);
        var forcedHidden = new HashSet<int>();
        foreach (var layer in new[] { DisclosureLevel.MeansOnly, DisclosureLevel.Full })
        {
            forcedHidden.Clear();
            while (true)
            {
                var published = problem.Layer(layer, levels, forcedHidden, policy.ComplementarySuppression);
                var extra = policy.ComplementarySuppression ? problem.UnionViolation(layer, policy, published) : -1;
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

        var secondary = levels.Select((l, i) => l < primary[i]).ToArray();
        return (levels, secondary);
    }

    private sealed class Problem(IReadOnlyList<int[]> counts, IReadOnlyList<bool> judged, IReadOnlyList<int[]> nSums,
        IReadOnlyList<SuppressionBlock> blocks, int[] n, int[] respondents)
    {
        private readonly int _k = judged.Count;

        /// <summary>Which blocks are published in a layer (given the levels decided so far and groups hidden by the union rule).</summary>
        public bool[] Layer(DisclosureLevel layer, DisclosureLevel[] levels, HashSet<int> forcedHidden, bool complementary)
        {
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
                }
            }

            // Released in the previous layer: the n of blocks shown with means only.
            if (layer == DisclosureLevel.Full)
            {
                for (var b = 0; b < blocks.Count; b++)
                {
                    if (blocks[b].Role != BlockRole.Unpublished && levels[b] == DisclosureLevel.MeansOnly)
                    {
                        foreach (var cell in NCells(blocks[b].Atoms))
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

                var cells = Cells(blocks[b].Atoms, layer).ToList();
                if (respondents[b] == 0 || blocks[b].Role is BlockRole.Total or BlockRole.Margin || !complementary)
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

        /// <summary>A group to hide because some published parent's hidden remainder fails the layer's rule; −1 when none.</summary>
        public int UnionViolation(DisclosureLevel layer, DisclosurePolicy policy, bool[] published)
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

                if (violates)
                {
                    var candidate = children.Where(c => published[c] && respondents[c] > 0)
                        .OrderBy(c => n[c]).ThenBy(c => c).FirstOrDefault(-1);
                    if (candidate >= 0)
                    {
                        return candidate;
                    }
                }
            }

            return -1;
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

        /// <summary>Totalt, then margins by n descending, then groups by n descending; ties in table order.</summary>
        private IEnumerable<int> Order() => Enumerable.Range(0, blocks.Count)
            .OrderBy(b => blocks[b].Role switch { BlockRole.Total => 0, BlockRole.Margin => 1, _ => 2 })
            .ThenByDescending(b => n[b]).ThenBy(b => b);

        /// <summary>The published cells of a block in a layer, each as its inner cells: n cells (valid, denominator, respondents), then per class in the distribution layer.</summary>
        private IEnumerable<int[]> Cells(int[] atoms, DisclosureLevel layer) =>
            layer == DisclosureLevel.Full ? NCells(atoms).Concat(ClassCells(atoms)) : NCells(atoms);

        private IEnumerable<int[]> NCells(int[] atoms) =>
            nSums.Select(s => atoms.SelectMany(a => Enumerable.Range(0, _k).SelectMany(c => Enumerable.Repeat((a * _k) + c, s[c]))).ToArray());

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
