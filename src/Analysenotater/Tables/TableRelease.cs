using System.Collections;
using Analysenotater.Data;
using Analysenotater.Disclosure;

namespace Analysenotater.Tables;

/// <summary>How a frequency table appears to the <see cref="ReleaseLedger"/>: Totalt and each group, for the item's answers and for the respondent counts.</summary>
internal static class TableRelease
{
    /// <summary>The item measure (rows judged: <paramref name="counted"/>) and the respondent-count measure, over Totalt and the groups of <paramref name="ga"/>.</summary>
    public static IReadOnlyList<ReleaseProposal> Proposals(SurveyDataset data, string itemId, BitArray counted, GroupAssignment ga, DisclosurePolicy policy)
    {
        List<ReleaseGroup> groups = [ReleaseGroup.Everyone, .. Enumerable.Range(0, ga.Labels.Count).Select(g => new ReleaseGroup(0, g))];
        var item = new ReleaseProposal(data, itemId, counted, [ga.GroupOf], groups, policy);
        return [item, item.For(ReleaseProposal.Respondents, null)];
    }
}
