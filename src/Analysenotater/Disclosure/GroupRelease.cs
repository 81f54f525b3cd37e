namespace Analysenotater.Disclosure;

/// <summary>
/// The disclosure tier of each group of a grouping of respondents, decided together as one released table would be
/// (<see cref="GroupSuppression"/>: Totalt, the groups, and the respondents without a group, with secondary suppression
/// and the union rule), on the number of respondents per group. Used for outputs that are not numbers of an item —
/// comments, word lists, keyword-in-context lines — so that a group's text follows the same tier as its tables: text
/// is shown only for a group released in full (<see cref="DisclosureLevel.Full"/>).
/// </summary>
internal static class GroupRelease
{
    /// <summary>The level per group (in the order of <paramref name="respondents"/>), given the respondents per group and without a group.</summary>
    /// <param name="policy">The rule.</param>
    /// <param name="respondents">Respondents per group.</param>
    /// <param name="withoutGroup">Respondents in the parent with no group (never shown, protected).</param>
    /// <param name="labels">Group labels (for the decision's blocks).</param>
    public static (DisclosureLevel[] Levels, bool[] Secondary) Decide(DisclosurePolicy policy, IReadOnlyList<int> respondents, int withoutGroup, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var atoms = respondents.Append(withoutGroup).Select(n => new[] { n }).ToList();
        var blocks = new List<SuppressionBlock> { new(Tables.GroupLabels.Total, [.. Enumerable.Range(0, atoms.Count)], BlockRole.Total) };
        blocks.AddRange(Enumerable.Range(0, respondents.Count).Select(g => new SuppressionBlock(labels[g], [g], BlockRole.Group)));
        blocks.Add(new("uten verdi", [respondents.Count], BlockRole.Unpublished));
        var (levels, secondary) = GroupSuppression.Decide(policy, atoms, [true], [[1]], blocks);
        return ([.. levels.Skip(1).Take(respondents.Count)], [.. secondary.Skip(1).Take(respondents.Count)]);
    }

    /// <summary>
    /// Whether a subset of a parent's respondents may show text: the subset and the rest of the parent decided as two
    /// groups of one table (so the rest, parent minus subset, is protected too).
    /// </summary>
    public static bool SubsetMayShowText(DisclosurePolicy policy, int subset, int rest)
    {
        if (policy.IsDisabled)
        {
            return true;
        }

        if (rest == 0)
        {
            return subset == 0 || policy.LevelFor(subset) == DisclosureLevel.Full;
        }

        var (levels, _) = Decide(policy, [subset, rest], 0, ["utvalg", "resten"]);
        return levels[0] == DisclosureLevel.Full;
    }
}
