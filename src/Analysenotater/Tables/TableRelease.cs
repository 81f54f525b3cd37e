using System.Collections;
using Analysenotater.Data;
using Analysenotater.Disclosure;

namespace Analysenotater.Tables;

/// <summary>How a frequency table appears to the <see cref="ReleaseLedger"/>: Totalt and each group, for the item's answers and for the respondent counts.</summary>
internal static class TableRelease
{
    /// <summary>The item measure (rows judged: <paramref name="counted"/>) and the respondent-count measure, over Totalt and the groups of <paramref name="ga"/>.</summary>
    /// <param name="data">The table's data.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="counted">Rows the rule judges.</param>
    /// <param name="ga">The grouping.</param>
    /// <param name="policy">The rule.</param>
    /// <param name="rawCodes">The item's valid codes.</param>
    /// <param name="categoryOfRaw">The category each raw code is shown in.</param>
    /// <param name="counts">Counts per Totalt/group and raw code.</param>
    /// <param name="weights">Row weights of a weighted table, or null.</param>
    /// <param name="namesEveryCode">False for an item without a scale or recode: the table names only the codes that occur.</param>
    public static IReadOnlyList<ReleaseProposal> Proposals(SurveyDataset data, string itemId, BitArray counted, GroupAssignment ga, DisclosurePolicy policy,
        IReadOnlyList<int> rawCodes, int[] categoryOfRaw, int[][] counts, bool namesEveryCode, double[]? weights)
    {
        List<ReleaseGroup> groups = [ReleaseGroup.Everyone, .. Enumerable.Range(0, ga.Labels.Count).Select(g => new ReleaseGroup(0, g))];

        // A category shown with 0 tells that none of its raw codes occurs in the group.
        var zeros = counts.Select(row => Enumerable.Range(0, rawCodes.Count)
            .Where(ri => Enumerable.Range(0, rawCodes.Count).Where(x => categoryOfRaw[x] == categoryOfRaw[ri]).All(x => row[x] == 0))
            .Select(ri => rawCodes[ri]).ToArray()).ToArray();
        var item = new ReleaseProposal(data, itemId, counted, [ga.GroupOf], groups, policy)
        {
            Zeros = weights is null ? zeros : null, // a weighted share of 0 is a zero count only with positive weights: not followed
            Weights = weights,
            Listed = namesEveryCode ? null : [.. rawCodes],
            Classes = () => [.. data.ValidValues(itemId).Select(v => double.IsNaN(v) ? int.MinValue : (int)v)],
        };
        return [item, item.For(ReleaseProposal.Respondents, null)];
    }
}
