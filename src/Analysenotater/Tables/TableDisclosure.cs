using Analysenotater.Data;
using Analysenotater.Disclosure;

namespace Analysenotater.Tables;

/// <summary>
/// Sets up the disclosure decision of a frequency table (<see cref="GroupSuppression"/>): atoms are the groups plus
/// the respondents without a grouping value (or, by two variables, every combination with «no value» as a level
/// of its own); blocks are Totalt, the groups, the companion margins of a two-way table (each variable alone, as
/// another table of the same data would show them) and the respondents without a group (never shown, protected).
/// </summary>
internal static class TableDisclosure
{
    private static readonly ResponseStatus[] Statuses = [.. Enum.GetValues<ResponseStatus>().Where(s => s != ResponseStatus.Valid)];

    /// <summary>The answer class of a row: a category (≥ 0) or a missing status after the categories.</summary>
    public static int ClassOf(int categoryOrMinusStatus, int categories) =>
        categoryOrMinusStatus >= 0 ? categoryOrMinusStatus : categories + Array.IndexOf(Statuses, (ResponseStatus)(-1 - categoryOrMinusStatus));

    /// <summary>
    /// The levels of Totalt and each group, whether each was lowered by secondary suppression, the level of the
    /// respondents without a group value, and whether each group's mean is hidden although its n is shown (a mean of a
    /// «n and means» group that pins its answers, or one that would give such a mean by subtraction).
    /// </summary>
    /// <param name="ga">The grouping.</param>
    /// <param name="rawCodes">The item's valid codes (the answer classes before any recode).</param>
    /// <param name="counts">Counts per table group (Totalt first) and raw valid code.</param>
    /// <param name="missing">Missing counts per table group and status.</param>
    /// <param name="rowCategory">Per row: raw code index, or −1 − status; needed for two grouping variables and for weights, else null.</param>
    /// <param name="weights">Row weights, or null.</param>
    /// <param name="judgeAllRespondents">True when the n judged is every respondent of the group (tick boxes).</param>
    /// <param name="policy">The rule.</param>
    /// <param name="caps">Per Totalt and group: the highest level allowed (the <see cref="ReleaseLedger"/>'s caps), or null.</param>
    /// <param name="hiddenBefore">Per Totalt and group: hidden by an earlier release of the same data (chosen first as a secondary cell), or null.</param>
    public static (DisclosureLevel[] Levels, bool[] Secondary, DisclosureLevel WithoutGroup, bool[] MeanHidden) Decide(GroupAssignment ga, IReadOnlyList<int> rawCodes, int[][] counts,
        Dictionary<ResponseStatus, int>[] missing, int[]? rowCategory, double[]? weights, bool judgeAllRespondents, DisclosurePolicy policy,
        IReadOnlyList<DisclosureLevel>? caps = null, IReadOnlyList<bool>? hiddenBefore = null)
    {
        // Classes: the raw valid codes, then each missing status. Judged: valid answers (tick boxes: every respondent).
        // Shown at «n and means»: valid n, valid + «ikke aktuelt»/«har ikke», respondents, and the sum behind a mean —
        // whatever the table's denominator, so that every table of the item by the same grouping hides the same groups. The sum
        // row's coefficients are code − lowest + 2 (at least 2, so the sum row is told from the n rows; with n shown it is the sum of the codes).
        var categories = rawCodes.Count;
        var k = categories + Statuses.Length;
        var inDenominator = Enumerable.Range(0, k).Select(c => judgeAllRespondents || c < categories).ToArray();
        var lowest = rawCodes.Count > 0 ? rawCodes.Min() : 0;
        int[][] nSums =
        [
            [.. Enumerable.Range(0, k).Select(c => c < categories ? 1 : 0)],
            [.. Enumerable.Range(0, k).Select(c => c < categories || Statuses[c - categories] is ResponseStatus.NotApplicable or ResponseStatus.DoesNotHave ? 1 : 0)],
            [.. Enumerable.Range(0, k).Select(_ => 1)],
            [.. Enumerable.Range(0, k).Select(c => c < categories ? rawCodes[c] - lowest + 2 : 0)],
        ];
        var groups = ga.Labels.Count;

        // Atoms and the atom of each table group.
        List<int[]> atoms;
        int[]? atomOfRow = null;
        var blocks = new List<SuppressionBlock>();
        int withoutGroupBlock;
        if (ga.First is { } first && ga.Second is { } second)
        {
            var na = first.Labels.Count + 1;
            var nb = second.Labels.Count + 1;
            atoms = [.. Enumerable.Range(0, na * nb).Select(_ => new int[k])];
            atomOfRow = new int[rowCategory!.Length];
            for (var r = 0; r < atomOfRow.Length; r++)
            {
                var a = first.KeyOf[r] < 0 ? na - 1 : first.KeyOf[r];
                var b = second.KeyOf[r] < 0 ? nb - 1 : second.KeyOf[r];
                atomOfRow[r] = (a * nb) + b;
                atoms[atomOfRow[r]][ClassOf(rowCategory[r], categories)]++;
            }

            blocks.Add(new(GroupLabels.Total, [.. Enumerable.Range(0, na * nb)], BlockRole.Total));
            for (var g = 0; g < groups; g++)
            {
                blocks.Add(new(ga.Labels[g], [((g / second.Labels.Count) * nb) + (g % second.Labels.Count)], BlockRole.Group));
            }

            withoutGroupBlock = blocks.Count;
            blocks.Add(new("uten verdi", [.. Enumerable.Range(0, na * nb).Where(x => x / nb == na - 1 || x % nb == nb - 1)], BlockRole.Unpublished));
            // The margins as the companion tables (by each variable alone) show them: decided exactly as those tables decide.
            var firstMargins = Enumerable.Range(0, na - 1).Select(a => new SuppressionBlock(first.Labels[a], [.. Enumerable.Range(0, nb).Select(b => (a * nb) + b)], BlockRole.Group)).ToList();
            var secondMargins = Enumerable.Range(0, nb - 1).Select(b => new SuppressionBlock(second.Labels[b], [.. Enumerable.Range(0, na).Select(a => (a * nb) + b)], BlockRole.Group)).ToList();
            var firstMissing = new SuppressionBlock("uten verdi", [.. Enumerable.Range(0, nb).Select(b => ((na - 1) * nb) + b)], BlockRole.Unpublished);
            var secondMissing = new SuppressionBlock("uten verdi", [.. Enumerable.Range(0, na).Select(a => (a * nb) + nb - 1)], BlockRole.Unpublished);
            foreach (var (margins, without) in new[] { (firstMargins, firstMissing), (secondMargins, secondMissing) })
            {
                List<SuppressionBlock> companion = [blocks[0], .. margins, without];
                var decided = GroupSuppression.Decide(policy, atoms, inDenominator, nSums, Capped(companion)).Levels;
                blocks.AddRange(margins.Select((m, i) => m with { Role = BlockRole.Margin, Cap = decided[i + 1] }));
            }
        }
        else
        {
            atoms = [];
            for (var g = 1; g <= groups; g++)
            {
                atoms.Add(Row(counts[g], missing[g], categories, k));
            }

            var total = Row(counts[0], missing[0], categories, k);
            atoms.Add([.. total.Select((t, c) => t - atoms.Take(groups).Sum(a => a[c]))]);
            blocks.Add(new(GroupLabels.Total, [.. Enumerable.Range(0, groups + 1)], BlockRole.Total));
            for (var g = 0; g < groups; g++)
            {
                blocks.Add(new(ga.Labels[g], [g], BlockRole.Group));
            }

            withoutGroupBlock = blocks.Count;
            blocks.Add(new("uten verdi", [groups], BlockRole.Unpublished));
            if (weights is not null)
            {
                atomOfRow = [.. ga.GroupOf.Select(x => x >= 0 ? x : groups)];
            }
        }

        List<SuppressionBlock> Capped(List<SuppressionBlock> bs) =>
            weights is null ? bs : WeightCaps(bs, atoms.Count, atomOfRow!, rowCategory!, weights, categories, inDenominator, policy);

        blocks = Capped(blocks);
        for (var i = 0; caps is not null && i <= groups; i++)
        {
            blocks[i] = blocks[i] with { Cap = (DisclosureLevel)Math.Min((int)blocks[i].Cap, (int)caps[i]), HiddenBefore = hiddenBefore?[i] ?? false };
        }

        var (levels, secondary, meanHidden) = GroupSuppression.DecideWithMeans(policy, atoms, inDenominator, nSums, blocks);
        return ([.. levels.Take(groups + 1)], [.. secondary.Take(groups + 1)], levels[withoutGroupBlock], [.. meanHidden.Take(groups + 1)]);
    }

    private static int[] Row(int[] counts, Dictionary<ResponseStatus, int> missing, int categories, int k)
    {
        var row = new int[k];
        counts.CopyTo(row, 0);
        for (var s = 0; s < Statuses.Length; s++)
        {
            row[categories + s] = missing.GetValueOrDefault(Statuses[s]);
        }

        return row;
    }

    /// <summary>Caps each block's level by its weights: effective n (Kish) and, when named, the dominance rule, over the rows in its denominator.</summary>
    private static List<SuppressionBlock> WeightCaps(List<SuppressionBlock> blocks, int atomCount, int[] atomOfRow, int[] rowCategory, double[] weights,
        int categories, bool[] inDenominator, DisclosurePolicy policy)
    {
        var sum = new double[atomCount];
        var sum2 = new double[atomCount];
        var max = new double[atomCount];
        var n = new int[atomCount];
        for (var r = 0; r < weights.Length; r++)
        {
            if (!inDenominator[ClassOf(rowCategory[r], categories)])
            {
                continue;
            }

            var a = atomOfRow[r];
            var w = weights[r];
            sum[a] += w;
            sum2[a] += w * w;
            max[a] = Math.Max(max[a], w);
            n[a]++;
        }

        return [.. blocks.Select(b => b with
        {
            Cap = (DisclosureLevel)Math.Min((int)b.Cap, (int)policy.WeightedLevelFor(b.Atoms.Sum(a => n[a]), b.Atoms.Sum(a => sum[a]), b.Atoms.Sum(a => sum2[a]), b.Atoms.Max(a => max[a]))),
        })];
    }
}
