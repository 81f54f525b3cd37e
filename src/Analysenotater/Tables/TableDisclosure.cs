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

    /// <summary>The levels of Totalt and each group, whether each was lowered by secondary suppression, and the level of the respondents without a group value.</summary>
    /// <param name="ga">The grouping.</param>
    /// <param name="categories">The number of categories.</param>
    /// <param name="counts">Counts per table group (Totalt first) and category.</param>
    /// <param name="missing">Missing counts per table group and status.</param>
    /// <param name="rowCategory">Per row: category, or −1 − status; needed for two grouping variables and for weights, else null.</param>
    /// <param name="weights">Row weights, or null.</param>
    /// <param name="denominatorHasNotApplicable">True when «ikke aktuelt»/«har ikke» count in the denominator.</param>
    /// <param name="judgeAllRespondents">True when the n judged is every respondent of the group (tick boxes).</param>
    /// <param name="policy">The rule.</param>
    public static (DisclosureLevel[] Levels, bool[] Secondary, DisclosureLevel WithoutGroup) Decide(GroupAssignment ga, int categories, int[][] counts,
        Dictionary<ResponseStatus, int>[] missing, int[]? rowCategory, double[]? weights, bool denominatorHasNotApplicable, bool judgeAllRespondents,
        DisclosurePolicy policy)
    {
        var k = categories + Statuses.Length;
        var inDenominator = Enumerable.Range(0, k).Select(c => judgeAllRespondents || c < categories
            || (denominatorHasNotApplicable && Statuses[c - categories] is ResponseStatus.NotApplicable or ResponseStatus.DoesNotHave)).ToArray();
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
            for (var a = 0; a < na - 1; a++)
            {
                blocks.Add(new(first.Labels[a], [.. Enumerable.Range(0, nb).Select(b => (a * nb) + b)], BlockRole.Margin));
            }

            for (var b = 0; b < nb - 1; b++)
            {
                blocks.Add(new(second.Labels[b], [.. Enumerable.Range(0, na).Select(a => (a * nb) + b)], BlockRole.Margin));
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

        if (weights is not null)
        {
            blocks = WeightCaps(blocks, atoms.Count, atomOfRow!, rowCategory!, weights, categories, inDenominator, policy);
        }

        var (levels, secondary) = GroupSuppression.Decide(policy, atoms, categories, inDenominator, blocks);
        return ([.. levels.Take(groups + 1)], [.. secondary.Take(groups + 1)], levels[withoutGroupBlock]);
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
            Cap = policy.WeightedLevelFor(b.Atoms.Sum(a => n[a]), b.Atoms.Sum(a => sum[a]), b.Atoms.Sum(a => sum2[a]), b.Atoms.Max(a => max[a])),
        })];
    }
}
