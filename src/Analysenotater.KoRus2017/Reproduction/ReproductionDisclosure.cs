using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Disclosure;

namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>
/// The disclosure gate of the reproduction report: a number reproduced for a group (a size group, a gender) is shown
/// only when that group is released under <see cref="AnalysisContext.Default"/> — the groups of one grouping column
/// decided together, with secondary suppression against the file's total and the respondents without a value
/// (<see cref="GroupRelease"/>) — and, for the item's own valid answers in the group, when their number passes too.
/// n and means need «n and means»; percentages, counts and everything else need the full tier.
/// </summary>
internal sealed class ReproductionDisclosure
{
    private readonly SurveyDataset _data;
    private readonly DisclosurePolicy _policy = AnalysisContext.Default.Disclosure;
    private readonly Dictionary<string, Dictionary<string, DisclosureLevel>> _byColumn = new(StringComparer.Ordinal);

    /// <summary>The gate for <paramref name="data"/>.</summary>
    public ReproductionDisclosure(SurveyDataset data) => _data = data;

    /// <summary>The policy applied.</summary>
    public DisclosurePolicy Policy => _policy;

    /// <summary>The level of the group with value <paramref name="code"/> (invariant text) in <paramref name="column"/>; a value with no respondents is <see cref="DisclosureLevel.Full"/> (nothing to protect).</summary>
    public DisclosureLevel LevelOf(string column, string code)
    {
        if (!_byColumn.TryGetValue(column, out var levels))
        {
            var col = _data[column];
            var rows = Enumerable.Range(0, _data.RowCount);
            var groups = rows.Where(i => !col.IsEmpty(i)).GroupBy(i => col.FormatInvariant(i)).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            var without = rows.Count(col.IsEmpty);
            var (decided, _) = GroupRelease.Decide(_policy, [.. groups.Select(g => g.Count())], without, [.. groups.Select(g => g.Key)]);
            levels = groups.Select((g, i) => (g.Key, decided[i])).ToDictionary(x => x.Key, x => x.Item2, StringComparer.Ordinal);
            _byColumn[column] = levels;
        }

        return levels.TryGetValue(code, out var level) ? level : DisclosureLevel.Full;
    }

    /// <summary>True when the reproduced value of <paramref name="measure"/> may be shown.</summary>
    public bool MayShow(PublishedMeasure measure)
    {
        if (_policy.IsDisabled || measure.FilterColumn is not { } column || !_data.HasColumn(column))
        {
            return true;
        }

        var code = measure.FilterCode.ToString(CultureInfo.InvariantCulture);
        var level = LevelOf(column, code);
        var items = measure.ItemIds.Where(_data.HasColumn).ToList();
        if (items.Count > 0)
        {
            // The item's valid answers in the group: a group can pass on respondents while few answered the item.
            var filter = _data[column];
            var valid = Enumerable.Range(0, _data.RowCount).Count(i => !filter.IsEmpty(i) && filter.FormatInvariant(i) == code && items.Any(it => !_data[it].IsEmpty(i)));
            if (valid > 0)
            {
                level = (DisclosureLevel)Math.Min((int)level, (int)_policy.LevelFor(valid));
            }
        }

        var needed = measure.Statistic is PublishedStatistic.N or PublishedStatistic.Mean ? DisclosureLevel.MeansOnly : DisclosureLevel.Full;
        return level >= needed;
    }
}
